using System.IO.Compression;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// An .amr we write, judged by other tools: OpenSSL checks the signatures, Python's zipfile and tarfile read the
/// archives, and Java checks SHA1withRSA with the one-line Base64 key the way the Android client does.
/// </summary>
public class AmrInteropTests
{
    private const string Id = "12345678";
    private const string Version = "1.0.0.2";

    private OpenSslKeys _keys = null!;
    private RsaPrivateKey _key = null!;
    private TempDirectory _temp = null!;
    private string _amr = null!;
    private string _extracted = null!;

    [OneTimeSetUp]
    public void WriteAmr()
    {
        _keys = new OpenSslKeys();
        _key = RsaKeys.LoadPrivateKey(_keys.Pkcs1);
        _temp = new TempDirectory();
        var files = new[]
        {
            new ZipSource(_temp.CreateFile("dist/index.html", "<!doctype html>"), "www/index.html"),
            new ZipSource(_temp.CreateFile("dist/js/app.js", "console.log(1)"), "www/js/app.js"),
            new ZipSource(_temp.CreateFile("dist/img/a.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 1, 2 }), "www/img/a.png"),
        };
        _amr = _temp.Combine("out/" + AmrWriter.FileName(Id, Version));
        AmrWriter.Write(_amr, Id, Version, files, _key, ArchiveTimestamp.Default);

        _extracted = _temp.CreateFolder("extracted");
        ZipFile.ExtractToDirectory(_amr, _extracted);
        var cert = CertJson.TryParse(File.ReadAllBytes(Path.Combine(_extracted, "CERT.json")), out _)!;
        foreach (var name in cert.Names)
        {
            File.WriteAllBytes(Path.Combine(_extracted, name + ".sig"), cert.GetSignature(name)!);
        }
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _temp.Dispose();
        _keys.Dispose();
    }

    [TestCase(Id + ".tar")]
    [TestCase("Manifest.xml")]
    public void OpenSsl_VerifiesOurSignatures_WithOurPublicKeyPem(string file)
    {
        var publicPem = Path.Combine(_extracted, "ours.pub.pem");
        File.WriteAllText(publicPem, _key.PublicKey.ToPem());
        var result = ExternalTool.Run("openssl", new[] { "dgst", "-sha1", "-verify", publicPem, "-signature", file + ".sig", file }, _extracted);
        Assert.That(result.StandardOutput.Trim(), Is.EqualTo("Verified OK"), result.ToString());
    }

    [TestCase(Id + ".tar")]
    [TestCase("Manifest.xml")]
    public void OpenSsl_VerifiesOurSignatures_WithItsOwnPublicKey(string file)
    {
        var result = ExternalTool.Run("openssl", new[] { "dgst", "-sha1", "-verify", _keys.PublicPath, "-signature", file + ".sig", file }, _extracted);
        Assert.That(result.StandardOutput.Trim(), Is.EqualTo("Verified OK"), result.ToString());
    }

    [Test]
    public void OpenSsl_RejectsOurSignature_ForOtherContent()
    {
        var result = ExternalTool.Run("openssl", new[] { "dgst", "-sha1", "-verify", _keys.PublicPath, "-signature", "Manifest.xml.sig", Id + ".tar" }, _extracted);
        Assert.That(result.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void OurVerifier_AcceptsIt()
    {
        var result = AmrVerifier.Verify(_amr, RsaKeys.LoadPublicKey(_keys.PublicBase64));
        Assert.That(result.IsValid, Is.True, result.ToString());
    }

    [Test]
    public void Python_ReadsTheZipAndTheTar()
    {
        const string script = """
            import sys, tarfile, zipfile, io
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist():
                print("zip", i.filename, i.compress_type, oct(i.external_attr >> 16), sep="\t")
            t = tarfile.open(fileobj=io.BytesIO(z.read(sys.argv[2])))
            for m in t.getmembers():
                print("tar", m.name, m.type.decode(), oct(m.mode), m.uid, m.gid, m.uname, m.gname, m.mtime, m.size, sep="\t")
            """;
        var result = ExternalTool.Run("python3", new[] { "-c", script, _amr, Id + ".tar" });
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Where(l => l[0] == "zip").Select(l => (l[1], l[2], l[3])), Is.EqualTo(new[]
            {
                ("Manifest.xml", "8", "0o100644"),
                ("CERT.json", "8", "0o100644"),
                (Id + ".tar", "8", "0o100644"),
            }));
            Assert.That(lines.Where(l => l[0] == "tar").Select(l => (l[1], l[2], l[3])), Is.EqualTo(new[]
            {
                ("hpmfile.json", "0", "0o644"),
                ("www", "5", "0o755"),
                ("www/img", "5", "0o755"),
                ("www/img/a.png", "0", "0o644"),
                ("www/index.html", "0", "0o644"),
                ("www/js", "5", "0o755"),
                ("www/js/app.js", "0", "0o644"),
            }));
            Assert.That(lines.Where(l => l[0] == "tar").Select(l => (l[4], l[5], l[6], l[7], l[8])), Is.All.EqualTo(("500", "500", "admin", "admin", "315532800")));
        }
    }

    [Test]
    public void Java_VerifiesSha1WithRsa_WithTheOneLineBase64Key_AsAndroidDoes()
    {
        // What the Nebula client does: X509EncodedKeySpec of the Base64 key, Signature "SHA1withRSA", over the file bytes.
        const string source = """
            import java.nio.file.*;
            import java.security.*;
            import java.security.spec.X509EncodedKeySpec;
            import java.util.Base64;

            public class VerifyAmr {
                public static void main(String[] args) throws Exception {
                    PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(args[0])));
                    for (int i = 1; i < args.length; i++) {
                        Signature signature = Signature.getInstance("SHA1withRSA");
                        signature.initVerify(key);
                        signature.update(Files.readAllBytes(Paths.get(args[i])));
                        System.out.println(args[i] + " " + signature.verify(Files.readAllBytes(Paths.get(args[i] + ".sig"))));
                    }
                }
            }
            """;
        var program = Path.Combine(_extracted, "VerifyAmr.java");
        File.WriteAllText(program, source);
        var result = ExternalTool.Run("java", new[] { program, _key.PublicKey.ToBase64(), Id + ".tar", "Manifest.xml" }, _extracted);
        Assert.That(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { Id + ".tar true", "Manifest.xml true" }), result.ToString());
    }
}
