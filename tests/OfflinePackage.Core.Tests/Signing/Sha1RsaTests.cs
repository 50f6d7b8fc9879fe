using System.Security.Cryptography;
using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Signing;

public class Sha1RsaTests
{
    private static readonly byte[] Data = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package/>\n");

    [Test]
    public void Signature_IsPkcs1V15WithSha1_AsDotNetMakesIt()
    {
        var key = TestKeys.Key2048;
        using var rsa = key.CreateRsa();
        var expected = rsa.SignData(Data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sha1Rsa.Sign(Data, key), Is.EqualTo(expected), "PKCS#1 v1.5 signatures are deterministic");
            Assert.That(Sha1Rsa.Sign(new MemoryStream(Data), key), Is.EqualTo(expected));
            Assert.That(Sha1Rsa.SignHash(SHA1.HashData(Data), key), Is.EqualTo(expected));
            Assert.That(expected, Has.Length.EqualTo(256));
        }
    }

    [Test]
    public void Signature_IsWhatOpenSslDgstSignMakes()
    {
        using var keys = new OpenSslKeys();
        var data = Path.Combine(keys.Folder, "data.bin");
        File.WriteAllBytes(data, Data);
        keys.OpenSsl("dgst", "-sha1", "-sign", keys.Pkcs1Path, "-out", "data.sig", data);
        var key = RsaKeys.LoadPrivateKey(keys.Pkcs8);
        Assert.That(Sha1Rsa.SignFile(data, key), Is.EqualTo(File.ReadAllBytes(Path.Combine(keys.Folder, "data.sig"))));
    }

    [Test]
    public void Verify_AcceptsTheSignature_AndRejectsChangedDataOtherKeysAndOddSignatures()
    {
        var key = TestKeys.Key2048;
        var signature = Sha1Rsa.Sign(Data, key);
        var changed = Data.ToArray();
        changed[3] ^= 1;
        var otherKey = TestKeys.Generate(2048).PublicKey;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sha1Rsa.Verify(Data, signature, key.PublicKey), Is.True);
            Assert.That(Sha1Rsa.Verify(new MemoryStream(Data), signature, key.PublicKey), Is.True);
            Assert.That(Sha1Rsa.Verify(changed, signature, key.PublicKey), Is.False);
            Assert.That(Sha1Rsa.Verify(Data, signature, otherKey), Is.False);
            Assert.That(Sha1Rsa.Verify(Data, signature.Take(255).ToArray(), key.PublicKey), Is.False);
            Assert.That(Sha1Rsa.Verify(Data, Array.Empty<byte>(), key.PublicKey), Is.False);
            Assert.That(Sha1Rsa.Verify(Data, new byte[256], key.PublicKey), Is.False);
        }
    }

    [Test]
    public void HashFile_StreamsLargeFiles()
    {
        using var temp = new TempDirectory();
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(5).NextBytes(content);
        var path = temp.CreateFile("big.bin", content);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sha1Rsa.HashFile(path), Is.EqualTo(SHA1.HashData(content)));
            Assert.That(Sha1Rsa.VerifyFile(path, Sha1Rsa.Sign(content, TestKeys.Key2048), TestKeys.Key2048.PublicKey), Is.True);
        }
    }

    [Test]
    public void SignHash_RefusesAHashOfTheWrongLength()
    {
        Assert.That(() => Sha1Rsa.SignHash(new byte[32], TestKeys.Key2048), Throws.ArgumentException);
    }

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal, "70000000.tar")]
    [TestCase(DemoPackages.UnderWww, "00010001.tar")]
    public void AlibabasSignatures_VerifyWithTheDemoKey(string amr, string tar)
    {
        var path = DemoPackages.PathOf(amr);
        var cert = CertJson.TryParse(DemoPackages.Entry(path, "CERT.json"), out _)!;
        var key = RsaKeys.LoadPublicKeyFile(DemoPackages.PathOf(DemoPackages.PublicKeyFile));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Sha1Rsa.Verify(DemoPackages.Entry(path, tar), cert.GetSignature(tar)!, key), Is.True);
            Assert.That(Sha1Rsa.Verify(DemoPackages.Entry(path, "Manifest.xml"), cert.GetSignature("Manifest.xml")!, key), Is.True);
        }
    }
}
