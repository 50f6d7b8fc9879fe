using System.IO.Compression;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

/// <summary>Which entries are deflated and which stored, for files prepared in parallel and files streamed.</summary>
public class CompressionChoiceTests
{
    private static byte[] Random(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Text(int length) =>
        System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("function f(){return 42;}\n", length / 25 + 1)))[..length];

    /// <summary>Writes the files through ZipPackageWriter and returns (name, method) of each file entry, parsed from the central directory.</summary>
    private static Dictionary<string, ushort> Methods(TempDirectory temp, params (string Name, byte[] Content)[] files)
    {
        var sources = files.Select(f => new ZipSource(temp.CreateFile("src/" + f.Name, f.Content), "www/" + f.Name)).ToList();
        var zip = temp.Combine("out.zip");
        ZipPackageWriter.Write(zip, "12345678", sources, ArchiveTimestamp.Default);
        using var archive = ZipFile.OpenRead(zip);
        foreach (var (name, content) in files)
        {
            using var stream = archive.GetEntry("12345678/www/" + name)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(content), name);
        }

        return ZipHeaders.Parse(File.ReadAllBytes(zip)).Centrals.ToDictionary(e => e.Name, e => e.Method);
    }

    [TestCase("a.png")]
    [TestCase("font.WOFF2")]
    [TestCase("clip.mp4")]
    [TestCase("bundle.js.gz")]
    public void AlreadyCompressedFormatsAreStored(string name) =>
        Assert.That(CompressionChoice.ShouldStore(name), Is.True);

    [TestCase("app.js")]
    [TestCase("index.html")]
    [TestCase("logo.svg")]
    public void TextFormatsAreDeflated(string name) =>
        Assert.That(CompressionChoice.ShouldStore(name), Is.False);

    [Test]
    public void SmallFilesAreDeflatedOrStoredByFormatAndGain()
    {
        using var temp = new TempDirectory();

        var methods = Methods(
            temp,
            ("app.js", Text(50_000)),
            ("photo.png", Text(50_000)),
            ("noise.bin", Random(50_000)));

        Assert.That(methods["12345678/www/app.js"], Is.EqualTo(8));
        Assert.That(methods["12345678/www/photo.png"], Is.Zero, "stored by format even though it would compress");
        Assert.That(methods["12345678/www/noise.bin"], Is.Zero, "stored because deflate does not make it smaller");
    }

    [Test]
    public void LargeStreamedFilesFollowTheSameChoice()
    {
        using var temp = new TempDirectory();
        var large = (int)ZipPackageWriter.WholeFileLimit + 1000;

        var methods = Methods(
            temp,
            ("big.js", Text(large)),
            ("big.png", Text(large)),
            ("big.bin", Random(large)));

        Assert.That(methods["12345678/www/big.js"], Is.EqualTo(8));
        Assert.That(methods["12345678/www/big.png"], Is.Zero);
        Assert.That(methods["12345678/www/big.bin"], Is.Zero, "written deflated, then rewritten stored");
    }

    [Test]
    public void ManyFilesGiveTheSameBytesEveryTime()
    {
        using var temp = new TempDirectory();
        var sources = Enumerable.Range(0, 300)
            .Select(i => new ZipSource(temp.CreateFile($"src/f{i:D3}.js", Text(1000 + (i * 37 % 5000))), $"www/f{i:D3}.js"))
            .ToList();

        ZipPackageWriter.Write(temp.Combine("a.zip"), "12345678", sources, ArchiveTimestamp.Default);
        ZipPackageWriter.Write(temp.Combine("b.zip"), "12345678", sources.AsEnumerable().Reverse(), ArchiveTimestamp.Default);

        Assert.That(File.ReadAllBytes(temp.Combine("b.zip")), Is.EqualTo(File.ReadAllBytes(temp.Combine("a.zip"))));
    }
}
