using System.Security.Cryptography;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Signing;

public class RsaKeysTests
{
    private OpenSslKeys _keys = null!;
    private OpenSslKeys _other = null!;

    [OneTimeSetUp]
    public void MakeKeys()
    {
        _keys = new OpenSslKeys(2048);
        _other = new OpenSslKeys(1024);
    }

    [OneTimeTearDown]
    public void RemoveKeys()
    {
        _keys.Dispose();
        _other.Dispose();
    }

    private static void AssertSameParameters(RSAParameters actual, RSAParameters expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Modulus, Is.EqualTo(expected.Modulus), "n");
            Assert.That(actual.Exponent, Is.EqualTo(expected.Exponent), "e");
            Assert.That(actual.D, Is.EqualTo(expected.D), "d");
            Assert.That(actual.P, Is.EqualTo(expected.P), "p");
            Assert.That(actual.Q, Is.EqualTo(expected.Q), "q");
            Assert.That(actual.DP, Is.EqualTo(expected.DP), "dp");
            Assert.That(actual.DQ, Is.EqualTo(expected.DQ), "dq");
            Assert.That(actual.InverseQ, Is.EqualTo(expected.InverseQ), "qinv");
        }
    }

    [Test]
    public void OpenSslWroteTheFormsWeMeantToTest()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_keys.Pkcs1, Does.StartWith("-----BEGIN RSA PRIVATE KEY-----"));
            Assert.That(_keys.Pkcs8, Does.StartWith("-----BEGIN PRIVATE KEY-----"));
            Assert.That(_keys.Public, Does.StartWith("-----BEGIN PUBLIC KEY-----"));
            Assert.That(_keys.Pkcs1Public, Does.StartWith("-----BEGIN RSA PUBLIC KEY-----"));
        }
    }

    [Test]
    public void Pkcs1AndPkcs8_LoadToTheSameParameters()
    {
        var pkcs1 = RsaKeys.LoadPrivateKey(_keys.Pkcs1);
        var pkcs8 = RsaKeys.LoadPrivateKey(_keys.Pkcs8);
        AssertSameParameters(pkcs8.ExportParameters(), pkcs1.ExportParameters());
        Assert.That(pkcs1.KeySize, Is.EqualTo(2048));
    }

    [Test]
    public void PrivateKey_LoadsAsDotNetsOwnPemReaderLoadsIt()
    {
        using var reference = RSA.Create();
        reference.ImportFromPem(_keys.Pkcs1);
        AssertSameParameters(RsaKeys.LoadPrivateKey(_keys.Pkcs1).ExportParameters(), reference.ExportParameters(true));
    }

    [Test]
    public void PrivateKey_WithCrLfAndTextAroundIt_Loads()
    {
        var text = "Key for tests\r\n" + _keys.Pkcs8.Replace("\n", "\r\n") + "\r\nmore text";
        Assert.That(RsaKeys.LoadPrivateKey(text).PublicKey, Is.EqualTo(RsaKeys.LoadPrivateKey(_keys.Pkcs8).PublicKey));
    }

    [Test]
    public void PrivateKey_AsBareBase64Pkcs8_Loads()
    {
        var body = string.Concat(_keys.Pkcs8.Split('\n').Where(l => !l.StartsWith("-----")));
        Assert.That(RsaKeys.LoadPrivateKey(body).PublicKey, Is.EqualTo(RsaKeys.LoadPrivateKey(_keys.Pkcs8).PublicKey));
    }

    [Test]
    public void EveryPublicForm_LoadsTheSameKey_AndMatchesThePrivateKey()
    {
        var privateKey = RsaKeys.LoadPrivateKey(_keys.Pkcs1);
        var spki = RsaKeys.LoadPublicKey(_keys.Public);
        var pkcs1 = RsaKeys.LoadPublicKey(_keys.Pkcs1Public);
        var base64 = RsaKeys.LoadPublicKey(_keys.PublicBase64);
        var wrapped = RsaKeys.LoadPublicKey(string.Join("\n", _keys.PublicBase64.Chunk(64).Select(c => new string(c))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_keys.PublicBase64, Does.Not.Contain("\n").And.Not.Contain("-"));
            Assert.That(pkcs1, Is.EqualTo(spki));
            Assert.That(base64, Is.EqualTo(spki));
            Assert.That(wrapped, Is.EqualTo(spki));
            Assert.That(spki, Is.EqualTo(privateKey.PublicKey));
            Assert.That(spki.Matches(privateKey), Is.True);
            Assert.That(RsaKeys.Matches(base64, privateKey), Is.True);
            Assert.That(spki.KeySize, Is.EqualTo(2048));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void MismatchingPublicKey_IsDetected()
    {
        var privateKey = RsaKeys.LoadPrivateKey(_keys.Pkcs8);
        var otherPublic = RsaKeys.LoadPublicKey(_other.Public);
        var demo = RsaKeys.LoadPublicKeyFile(DemoPackages.PathOf(DemoPackages.PublicKeyFile));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(otherPublic.Matches(privateKey), Is.False);
            Assert.That(RsaKeys.Matches(demo, privateKey), Is.False);
            Assert.That(otherPublic, Is.Not.EqualTo(privateKey.PublicKey));
            Assert.That(otherPublic.KeySize, Is.EqualTo(1024));
        }
    }

    [Test]
    public void SameModulus_OtherExponent_DoesNotMatch()
    {
        var privateKey = RsaKeys.LoadPrivateKey(_keys.Pkcs8);
        var parameters = privateKey.PublicKey.ToParameters();
        parameters.Exponent = new byte[] { 3 };
        Assert.That(RsaPublicKey.FromParameters(parameters).Matches(privateKey), Is.False);
    }

    [RequiresMpaasDemo]
    [Test]
    public void DemoPublicKey_LoadsAsPem_AndAsAndroidsOneLineBase64()
    {
        var pem = File.ReadAllText(DemoPackages.PathOf(DemoPackages.PublicKeyFile));
        var oneLine = string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----")).Select(l => l.Trim()));
        var fromPem = RsaKeys.LoadPublicKey(pem);
        var fromBase64 = RsaKeys.LoadPublicKey(oneLine);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromBase64, Is.EqualTo(fromPem));
            Assert.That(fromPem.KeySize, Is.EqualTo(2048));
            Assert.That(fromPem.ToBase64(), Is.EqualTo(oneLine));
            Assert.That(fromPem.ToPem(), Is.EqualTo(pem.Replace("\r\n", "\n")));
        }
    }

    [Test]
    public void ToPem_IsWhatOpenSslWrites_AndToBase64IsItsDer()
    {
        var key = RsaKeys.LoadPrivateKey(_keys.Pkcs1).PublicKey;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.ToPem(), Is.EqualTo(_keys.Public));
            Assert.That(key.ToSubjectPublicKeyInfo(), Is.EqualTo(File.ReadAllBytes(_keys.PublicDerPath)));
            Assert.That(key.ToBase64(), Is.EqualTo(_keys.PublicBase64));
            Assert.That(key.Fingerprint, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_keys.PublicDerPath)))));
        }
    }

    [Test]
    public void KeysFromDotNetParameters_RoundTrip()
    {
        using var rsa = RSA.Create(3072);
        var parameters = rsa.ExportParameters(true);
        var key = RsaPrivateKey.FromParameters(parameters);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(key.KeySize, Is.EqualTo(3072));
            AssertSameParameters(key.ExportParameters(), parameters);
            Assert.That(RsaPublicKey.FromParameters(rsa.ExportParameters(false)), Is.EqualTo(key.PublicKey));
        }
    }

    [Test]
    public void ToString_AndMessages_NeverShowKeyMaterial()
    {
        var privateKey = RsaKeys.LoadPrivateKey(_keys.Pkcs1);
        var pemBodies = new[] { _keys.Pkcs1, _keys.Public }
            .SelectMany(p => p.Split('\n'))
            .Where(l => l.Length > 20 && !l.StartsWith("-----"))
            .Select(l => l.Substring(0, 20))
            .ToList();
        var texts = new List<string> { privateKey.ToString(), privateKey.PublicKey.ToString() };
        foreach (var bad in new[] { _keys.Pkcs1.Replace("MII", "MIJ"), _keys.Pkcs1.Substring(0, _keys.Pkcs1.Length / 2) + "-----END RSA PRIVATE KEY-----", _keys.Public })
        {
            texts.Add(Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPrivateKey(bad))!.Message);
        }

        texts.Add(Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPublicKey(_keys.Pkcs1))!.Message);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(privateKey.ToString(), Is.EqualTo("RSA private key (2048 bits)"));
            Assert.That(privateKey.PublicKey.ToString(), Is.EqualTo("RSA public key (2048 bits)"));
            foreach (var text in texts)
            {
                foreach (var body in pemBodies)
                {
                    Assert.That(text, Does.Not.Contain(body));
                }

                Assert.That(text, Does.Not.Contain(Convert.ToHexString(privateKey.PublicKey.GetModulus()).Substring(0, 16)));
            }
        }
    }

    // ---- errors ----

    private static RsaKeyError PrivateError(string text) => Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPrivateKey(text))!.Error;

    private static RsaKeyError PublicError(string text) => Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPublicKey(text))!.Error;

    [Test]
    public void EmptyAndGarbage_AreEmptyAndNoKey()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PrivateError(""), Is.EqualTo(RsaKeyError.Empty));
            Assert.That(PublicError(" \n "), Is.EqualTo(RsaKeyError.Empty));
            Assert.That(PrivateError("not a key!"), Is.EqualTo(RsaKeyError.NoKey));
            Assert.That(PublicError("not a key!"), Is.EqualTo(RsaKeyError.NoKey));
        }
    }

    [Test]
    public void PublicKeyForPrivate_AndPrivateForPublic_AreNamed()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PrivateError(_keys.Public), Is.EqualTo(RsaKeyError.PublicKeyGiven));
            Assert.That(PrivateError(_keys.Pkcs1Public), Is.EqualTo(RsaKeyError.PublicKeyGiven));
            Assert.That(PrivateError(_keys.PublicBase64), Is.EqualTo(RsaKeyError.PublicKeyGiven));
            Assert.That(PublicError(_keys.Pkcs1), Is.EqualTo(RsaKeyError.PrivateKeyGiven));
            Assert.That(PublicError(_keys.Pkcs8), Is.EqualTo(RsaKeyError.PrivateKeyGiven));
            var bareBase64 = string.Concat(_keys.Pkcs8.Split('\n').Where(l => !l.StartsWith("-----")));
            Assert.That(PublicError(bareBase64), Is.EqualTo(RsaKeyError.PrivateKeyGiven));
        }
    }

    [Test]
    public void EncryptedKeys_AreEncrypted()
    {
        var pkcs8 = _keys.OpenSsl("pkcs8", "-topk8", "-in", _keys.Pkcs8Path, "-passout", "pass:secret", "-v2", "aes-256-cbc");
        var traditional = _keys.OpenSsl("rsa", "-in", _keys.Pkcs1Path, "-aes128", "-passout", "pass:secret", "-traditional");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pkcs8, Does.Contain("ENCRYPTED PRIVATE KEY"));
            Assert.That(traditional, Does.Contain("Proc-Type: 4,ENCRYPTED"));
            Assert.That(PrivateError(pkcs8), Is.EqualTo(RsaKeyError.Encrypted));
            Assert.That(PrivateError(traditional), Is.EqualTo(RsaKeyError.Encrypted));
        }
    }

    [Test]
    public void OtherAlgorithms_AreUnsupportedKeyTypes()
    {
        var ecPkcs8 = _keys.OpenSsl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256");
        var ecTraditional = _keys.OpenSsl("ecparam", "-genkey", "-name", "prime256v1", "-noout");
        File.WriteAllText(Path.Combine(_keys.Folder, "ec.pem"), ecPkcs8);
        var ecPublic = _keys.OpenSsl("pkey", "-in", "ec.pem", "-pubout");
        var certificate = _keys.OpenSsl("req", "-new", "-x509", "-key", _keys.Pkcs8Path, "-subj", "/CN=test", "-days", "1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PrivateError(ecPkcs8), Is.EqualTo(RsaKeyError.UnsupportedKeyType));
            Assert.That(PrivateError(ecTraditional), Is.EqualTo(RsaKeyError.UnsupportedKeyType));
            Assert.That(PublicError(ecPublic), Is.EqualTo(RsaKeyError.UnsupportedKeyType));
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPublicKey(ecPublic))!.Message, Does.Contain("EC"));
            Assert.That(PublicError(certificate), Is.EqualTo(RsaKeyError.UnsupportedKeyType));
            Assert.That(PrivateError("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"), Is.EqualTo(RsaKeyError.UnsupportedKeyType));
        }
    }

    [Test]
    public void DamagedEncodings_AreInvalidEncoding()
    {
        var lines = _keys.Pkcs1.Split('\n').ToList();
        var truncated = string.Join("\n", lines.Take(5).Append(lines.Last(l => l.StartsWith("-----END"))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PrivateError("-----BEGIN RSA PRIVATE KEY-----\n%%%%\n-----END RSA PRIVATE KEY-----"), Is.EqualTo(RsaKeyError.InvalidEncoding));
            Assert.That(PrivateError(truncated), Is.EqualTo(RsaKeyError.InvalidEncoding));
            Assert.That(PublicError("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"), Is.EqualTo(RsaKeyError.InvalidEncoding));
            Assert.That(PublicError("QUJDRA=="), Is.EqualTo(RsaKeyError.InvalidEncoding));
        }
    }

    [Test]
    public void InconsistentNumbers_AreInvalidKey()
    {
        var parameters = RsaKeys.LoadPrivateKey(_keys.Pkcs1).ExportParameters();
        var damaged = parameters;
        damaged.DP = (byte[])parameters.DP!.Clone();
        damaged.DP[^1] ^= 0x02;
        var evenModulus = parameters;
        evenModulus.Modulus = (byte[])parameters.Modulus!.Clone();
        evenModulus.Modulus[^1] &= 0xFE;
        var missing = parameters;
        missing.D = null;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaPrivateKey.FromParameters(damaged))!.Error, Is.EqualTo(RsaKeyError.InvalidKey));
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaPrivateKey.FromParameters(evenModulus))!.Error, Is.EqualTo(RsaKeyError.InvalidKey));
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaPrivateKey.FromParameters(missing))!.Error, Is.EqualTo(RsaKeyError.InvalidKey));
        }
    }

    [Test]
    public void MissingFile_IsFileUnreadable()
    {
        using var temp = new TempDirectory();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPrivateKeyFile(temp.Combine("none.pem")))!.Error, Is.EqualTo(RsaKeyError.FileUnreadable));
            Assert.That(Assert.Throws<RsaKeyException>(() => RsaKeys.LoadPublicKeyFile(temp.Combine("none.pem")))!.Error, Is.EqualTo(RsaKeyError.FileUnreadable));
        }
    }

    [Test]
    public void KeyFiles_Load()
    {
        Assert.That(RsaKeys.LoadPrivateKeyFile(_keys.Pkcs8Path).PublicKey, Is.EqualTo(RsaKeys.LoadPublicKeyFile(_keys.PublicPath)));
    }
}
