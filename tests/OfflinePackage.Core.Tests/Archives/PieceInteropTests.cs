using System.Security.Cryptography;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

/// <summary>
/// Entries deflated in pieces (files over <see cref="ZipPackageWriter.WholeFileLimit"/>, and the tar in an .amr),
/// judged by other readers: Info-ZIP, Python's zipfile and tarfile, and Java's java.util.zip, which all check the CRC.
/// </summary>
public class PieceInteropTests
{
    private const string Id = "12345678";

    private TempDirectory _temp = null!;
    private List<ZipSource> _files = null!;
    private string _zip = null!;
    private string _amr = null!;

    [OneTimeSetUp]
    public void WriteArchives()
    {
        _temp = new TempDirectory();
        var random = new Random(17);
        var text = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 400_000).Select(i => $"v{random.Next(5000)}=f({i % 977});\n")));
        var noise = new byte[(2 * DeflatePiece.Size) + 999];
        random.NextBytes(noise);
        _files = new List<ZipSource>
        {
            new(_temp.CreateFile("dist/big.js", text), "www/big.js"),
            new(_temp.CreateFile("dist/noise.bin", noise), "www/noise.bin"),
            new(_temp.CreateFile("dist/index.html", "<!doctype html>"), "www/index.html"),
        };
        Assert.That(text.Length, Is.GreaterThan(3 * DeflatePiece.Size), "the script must span several pieces");
        _zip = _temp.Combine("out/p.zip");
        ZipPackageWriter.Write(_zip, Id, _files, ArchiveTimestamp.Default);
        _amr = _temp.Combine("out/" + AmrWriter.FileName(Id, "1.0.0.0"));
        var written = AmrWriter.Write(_amr, Id, "1.0.0.0", _files, TestKeys.Key2048, ArchiveTimestamp.Default, uploadZip: _zip);
        Assert.That(written.SplicedFiles, Is.EqualTo(1), "the readers also get a tar with big.js spliced from the zip");
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp.Dispose();

    /// <summary>"name sha256" for every file, as the readers must report them.</summary>
    private IEnumerable<string> Expected(string prefix) =>
        _files.Select(f => prefix + f.TargetPath + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.SourcePath))).ToLowerInvariant()).Order();

    [Test]
    public void InfoZip_TestsTheZip()
    {
        var result = ExternalTool.Run("unzip", new[] { "-t", _zip });
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("No errors detected"));
    }

    [Test]
    public void Python_ReadsTheZipAndTheAmrsTar()
    {
        const string script = """
            import sys, tarfile, zipfile, io, hashlib
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist():
                if not i.filename.endswith("/"):
                    print("zip", i.filename, hashlib.sha256(z.read(i)).hexdigest())
            a = zipfile.ZipFile(sys.argv[2])
            assert a.testzip() is None
            t = tarfile.open(fileobj=io.BytesIO(a.read(sys.argv[3])))
            for m in t.getmembers():
                if m.isfile() and m.name != "hpmfile.json":
                    print("tar", m.name, hashlib.sha256(t.extractfile(m).read()).hexdigest())
            """;
        var result = ExternalTool.Run("python3", new[] { "-c", script, _zip, _amr, Id + ".tar" });
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Where(l => l.StartsWith("zip ")).Select(l => l[4..]).Order(), Is.EqualTo(Expected(Id + "/")));
            Assert.That(lines.Where(l => l.StartsWith("tar ")).Select(l => l[4..]).Order(), Is.EqualTo(Expected("")));
        }
    }

    [Test]
    public void Java_ReadsEveryEntry_CheckingItsCrc()
    {
        // ZipInputStream reads the local headers and data in order and throws ZipException on a CRC mismatch.
        const string source = """
            import java.io.*;
            import java.security.MessageDigest;
            import java.util.HexFormat;
            import java.util.zip.*;

            public class ReadZip {
                public static void main(String[] args) throws Exception {
                    try (ZipInputStream zip = new ZipInputStream(new FileInputStream(args[0]))) {
                        ZipEntry entry;
                        while ((entry = zip.getNextEntry()) != null) {
                            if (entry.isDirectory()) continue;
                            MessageDigest sha = MessageDigest.getInstance("SHA-256");
                            byte[] buffer = new byte[65536];
                            int n;
                            while ((n = zip.read(buffer)) > 0) sha.update(buffer, 0, n);
                            System.out.println(entry.getName() + " " + HexFormat.of().formatHex(sha.digest()));
                        }
                    }
                }
            }
            """;
        var program = _temp.CreateFile("java/ReadZip.java", source);
        var result = ExternalTool.Run("java", new[] { program, _zip });
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(), Is.EqualTo(Expected(Id + "/")));
    }
}
