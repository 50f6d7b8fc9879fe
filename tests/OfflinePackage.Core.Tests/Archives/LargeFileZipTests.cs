using System.IO.Compression;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

/// <summary>Files larger than <see cref="ZipPackageWriter.WholeFileLimit"/> are read and deflated in pieces on several threads.</summary>
public class LargeFileZipTests
{
    private const string Id = "12345678";

    private static byte[] Script(int length)
    {
        var random = new Random(length);
        var words = new[] { "function", "return", "const", "let", "=>", "{", "}", "(", ")", ";\n", "value", "index" };
        var text = new System.Text.StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ').Append(random.Next(1000));
        }

        return System.Text.Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    private static List<ZipSource> Sources(TempDirectory temp) => new()
    {
        new ZipSource(temp.CreateFile("src/a.js", Script(1000)), "www/a.js"),
        new ZipSource(temp.CreateFile("src/big.js", Script((3 * DeflatePiece.Size) + 4321)), "www/big.js"),
        new ZipSource(temp.CreateFile("src/exact.js", Script(2 * DeflatePiece.Size)), "www/exact.js"),
        new ZipSource(temp.CreateFile("src/limit.js", Script(DeflatePiece.Size)), "www/limit.js"),
        new ZipSource(temp.CreateFile("src/z.js", Script(10)), "www/z.js"),
    };

    [TestCase(true)]
    [TestCase(false)]
    public void LargeFiles_ReadBack_WithTheirCrc(bool inPieces)
    {
        using var temp = new TempDirectory();
        var sources = Sources(temp);
        var zip = temp.Combine("out.zip");

        ZipPackageWriter.Write(zip, Id, sources, ArchiveTimestamp.Default, CancellationToken.None, workers: 0, inPieces);

        var centrals = ZipHeaders.Parse(File.ReadAllBytes(zip)).Centrals.ToDictionary(e => e.Name);
        using var archive = ZipFile.OpenRead(zip);
        using (Assert.EnterMultipleScope())
        {
            foreach (var source in sources)
            {
                var name = Id + "/" + source.TargetPath;
                using var copy = new MemoryStream();
                using (var stream = archive.GetEntry(name)!.Open())
                {
                    stream.CopyTo(copy);
                }

                var content = File.ReadAllBytes(source.SourcePath);
                Assert.That(copy.ToArray(), Is.EqualTo(content), name);
                Assert.That(centrals[name].Crc, Is.EqualTo(ReferenceCrc32.Compute(content)), name);
                if (content.Length > DeflatePiece.Size)
                {
                    Assert.That(centrals[name].Method, Is.EqualTo(8), name);
                }
            }
        }
    }

    [Test]
    public void TheBytes_DoNotDependOnHowManyThreadsDeflate()
    {
        using var temp = new TempDirectory();
        var sources = Sources(temp);

        ZipPackageWriter.Write(temp.Combine("1.zip"), Id, sources, ArchiveTimestamp.Default, CancellationToken.None, workers: 1, inPieces: true);
        ZipPackageWriter.Write(temp.Combine("3.zip"), Id, sources, ArchiveTimestamp.Default, CancellationToken.None, workers: 3, inPieces: true);
        ZipPackageWriter.Write(temp.Combine("8.zip"), Id, sources, ArchiveTimestamp.Default, CancellationToken.None, workers: 8, inPieces: true);

        var one = File.ReadAllBytes(temp.Combine("1.zip"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllBytes(temp.Combine("3.zip")), Is.EqualTo(one));
            Assert.That(File.ReadAllBytes(temp.Combine("8.zip")), Is.EqualTo(one));
        }
    }

    [Test]
    public void APieceOfAFileThatShrankSinceItWasListed_FailsWithItsPath()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("src/big.js", Script(DeflatePiece.Size + 100));
        var piece = new Piece();

        // Listed 1,000 bytes longer than it is now: its second piece cannot be read whole.
        FilePieces.DescribePart(piece, path, DeflatePiece.Size + 1100, 1, store: false);

        var thrown = Assert.Throws<SourceReadException>(() => FilePieces.Run(piece, CompressionLevel.Optimal));
        Assert.That(thrown!.Path, Is.EqualTo(path));
    }

    [Test]
    public void TheLastPieceOfAFileThatGrewSinceItWasListed_FailsWithItsPath()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("src/big.js", Script(DeflatePiece.Size + 100));
        var piece = new Piece();

        FilePieces.DescribePart(piece, path, DeflatePiece.Size + 50, 1, store: false);

        var thrown = Assert.Throws<SourceReadException>(() => FilePieces.Run(piece, CompressionLevel.Optimal));
        Assert.That(thrown!.Path, Is.EqualTo(path));
    }
}
