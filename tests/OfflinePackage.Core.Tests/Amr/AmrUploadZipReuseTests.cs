using System.IO.Compression;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>The .amr's tar splicing in the upload zip's deflated files instead of deflating them again.</summary>
public class AmrUploadZipReuseTests
{
    private const string Id = "12345678";
    private const string Version = "1.0.0.1";
    private static readonly DateTime Timestamp = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static byte[] Text(int length, int seed) => TextBytes.Random(length, seed, "function(){return a+b;}\n var x = [];");

    /// <summary>Two files large enough to splice (one of several pieces), small ones, one stored by the zip, an empty one.</summary>
    private ZipSource[] Files() =>
    [
        new(_temp.CreateFile("dist/index.html", "<!doctype html><title>offline</title>"), "www/index.html"),
        new(_temp.CreateFile("dist/js/vendor.js", Text((2 * DeflatePiece.Size) + 4321, 1)), "www/js/vendor.js"),
        new(_temp.CreateFile("dist/js/app.js", Text(200_000, 2)), "www/js/app.js"),
        new(_temp.CreateFile("dist/js/größe.js", Text(100_000, 12)), "www/js/größe.js"),
        new(_temp.CreateFile("dist/js/small.js", Text(UploadZipReuseSize - 1, 3)), "www/js/small.js"),
        new(_temp.CreateFile("dist/img/photo.png", Text(150_000, 4)), "www/img/photo.png"),
        new(_temp.CreateFile("dist/empty.txt", string.Empty), "www/empty.txt"),
    ];

    private static int UploadZipReuseSize => DeflatePiece.SpliceableSize;

    private string Zip(IEnumerable<ZipSource> files)
    {
        var path = _temp.Combine("out/upload.zip");
        ZipPackageWriter.Write(path, Id, files, Timestamp);
        return path;
    }

    private (string Path, AmrWriteResult Result) Amr(IEnumerable<ZipSource> files, string? uploadZip, string name)
    {
        var path = _temp.Combine(name + "/" + AmrWriter.FileName(Id, Version));
        var result = AmrWriter.Write(path, Id, Version, files, TestKeys.Key2048, Timestamp, uploadZip: uploadZip);
        return (path, result);
    }

    private static void AssertValidWithTar(string amr, byte[] expectedTar)
    {
        var verification = AmrVerifier.Verify(amr, TestKeys.Key2048.PublicKey);
        Assert.That(verification.Findings, Is.Empty);
        Assert.That(DemoPackages.Entry(amr, Id + ".tar"), Is.EqualTo(expectedTar), "the tar's bytes do not depend on where its deflated data came from");
    }

    [Test]
    public void TheLargeDeflatedFiles_AreSplicedFromTheZip_AndTheAmrHoldsTheSameTar()
    {
        var files = Files();
        var zip = Zip(files);
        var (plain, plainResult) = Amr(files, uploadZip: null, "plain");

        var (reused, result) = Amr(files, zip, "reused");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plainResult.SplicedFiles, Is.Zero);
            Assert.That(result.SplicedFiles, Is.EqualTo(3), "vendor.js, app.js and größe.js (a UTF-8 name); not the small file, the stored .png or the empty file");
            Assert.That(File.ReadAllBytes(reused), Is.Not.EqualTo(File.ReadAllBytes(plain)));
        }

        AssertValidWithTar(reused, DemoPackages.Entry(plain, Id + ".tar"));
    }

    [Test]
    public void TheSameFilesAndZip_GiveTheSameBytes()
    {
        var files = Files();
        var zip = Zip(files);

        var first = File.ReadAllBytes(Amr(files, zip, "first").Path);
        var second = File.ReadAllBytes(Amr(files, zip, "second").Path);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void AFileChangedSinceTheZip_IsDeflatedAgain_EvenAtTheSameSize()
    {
        var files = Files();
        var zip = Zip(files);
        var app = files.Single(f => f.TargetPath == "www/js/app.js").SourcePath;
        File.WriteAllBytes(app, Text(200_000, 99));
        var (plain, _) = Amr(files, uploadZip: null, "plain");

        var (reused, result) = Amr(files, zip, "reused");

        Assert.That(result.SplicedFiles, Is.EqualTo(2));
        AssertValidWithTar(reused, DemoPackages.Entry(plain, Id + ".tar"));
    }

    [Test]
    public void AZipThisSdkDidNotWrite_OrNoZip_OnlyMeansDeflatingAgain()
    {
        var files = Files();
        var (plain, _) = Amr(files, uploadZip: null, "plain");
        var staged = _temp.CreateFolder("staged/" + Id);
        foreach (var file in files)
        {
            var target = Path.Combine(staged, file.TargetPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file.SourcePath, target);
        }

        var foreign = _temp.Combine("foreign.zip");
        ZipFile.CreateFromDirectory(_temp.Combine("staged"), foreign, CompressionLevel.Optimal, includeBaseDirectory: false);
        var garbage = _temp.CreateFile("garbage.zip", Text(1000, 5));

        foreach (var (zip, name) in new[] { (foreign, "foreign"), (garbage, "garbage"), (_temp.Combine("missing.zip"), "missing") })
        {
            var (amr, result) = Amr(files, zip, name);
            Assert.That(result.SplicedFiles, Is.Zero, name);
            AssertValidWithTar(amr, DemoPackages.Entry(plain, Id + ".tar"));
        }
    }

    [Test]
    public void TheUploadZipsLargeDeflatedEntries_EndSoThatTheyCanBeSpliced_TheSmallOnesDoNot()
    {
        var zip = File.ReadAllBytes(Zip(Files()));

        var endings = ZipHeaders.Parse(zip).Locals
            .Where(l => l.Method == CompressedEntry.Deflated)
            .ToDictionary(l => l.Name, l => zip[(int)(l.DataOffset + l.CompressedSize - 6)..(int)(l.DataOffset + l.CompressedSize)]);

        var spliceable = new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0x03, 0x00 };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(endings.Keys, Is.EquivalentTo(new[] { Id + "/www/index.html", Id + "/www/js/vendor.js", Id + "/www/js/app.js", Id + "/www/js/größe.js", Id + "/www/js/small.js" }));
            Assert.That(endings[Id + "/www/js/vendor.js"], Is.EqualTo(spliceable));
            Assert.That(endings[Id + "/www/js/app.js"], Is.EqualTo(spliceable));
            Assert.That(endings[Id + "/www/js/größe.js"], Is.EqualTo(spliceable));
            Assert.That(endings[Id + "/www/js/small.js"], Is.Not.EqualTo(spliceable), "6 bytes less for a file the .amr deflates again anyway");
            Assert.That(endings[Id + "/www/index.html"], Is.Not.EqualTo(spliceable));
        }
    }
}
