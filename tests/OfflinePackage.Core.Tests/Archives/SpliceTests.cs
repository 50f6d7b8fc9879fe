using System.IO.Compression;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

/// <summary>Bytes deflated before, spliced into a <see cref="ParallelDeflateStream"/> instead of deflated again.</summary>
public class SpliceTests
{
    private static byte[] Text(int length, int seed) => TextBytes.Random(length, seed, "abcdefgh ijkl\n<>/");

    /// <summary>A whole stream as the zip writer makes it, written to a file after some other bytes; returns its offset and length less the final block.</summary>
    private static (long Offset, long Length) WriteDeflated(string path, byte[] content, int before)
    {
        var deflated = new MemoryStream();
        var start = DeflatePiece.Deflate(content, 0, 0, content.Length, CompressionLevel.Optimal, whole: true, deflated);
        using var file = File.Create(path);
        file.Write(new byte[before]);
        file.Write(deflated.GetBuffer(), start, (int)deflated.Length - start);
        return (before, deflated.Length - start - DeflatePiece.FinalEmptyBlock.Length);
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var inflater = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var back = new MemoryStream();
        inflater.CopyTo(back);
        return back.ToArray();
    }

    /// <summary>head, then the spliced file's bytes, then tail, written in writes of <paramref name="chunk"/> bytes.</summary>
    private static (byte[] Deflated, uint Crc, long Length, byte[] Plain) Write(string splicePath, byte[] head, byte[] file, byte[] tail, (long Offset, long Length) deflated, int workers, int chunk)
    {
        using var output = new MemoryStream();
        using var stream = new ParallelDeflateStream(output, CompressionLevel.Optimal, CancellationToken.None, workers, inPieces: true);
        byte[] plain = [.. head, .. file, .. tail];
        stream.SpliceAt(head.Length, file.Length, ReferenceCrc32.Compute(file), splicePath, deflated.Offset, deflated.Length);
        for (var offset = 0; offset < plain.Length; offset += chunk)
        {
            stream.Write(plain, offset, Math.Min(chunk, plain.Length - offset));
        }

        stream.Complete();
        return (output.ToArray(), stream.Crc, stream.Length, plain);
    }

    [TestCase(1, 1000)]
    [TestCase(3, 65_536)]
    [TestCase(2, 7 << 20)]
    public void ASplicedFile_InflatesWithTheBytesAroundIt_AndTheCrcCoversThemAll(int workers, int chunk)
    {
        using var temp = new TempDirectory();
        var splicePath = temp.Combine("deflated.bin");
        var file = Text((2 * DeflatePiece.Size) + 777, seed: 1);
        var deflated = WriteDeflated(splicePath, file, before: 123);

        var (bytes, crc, length, plain) = Write(splicePath, Text(DeflatePiece.Size + 5, 2), file, Text(40_000, 3), deflated, workers, chunk);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Inflate(bytes), Is.EqualTo(plain));
            Assert.That(crc, Is.EqualTo(ReferenceCrc32.Compute(plain)));
            Assert.That(length, Is.EqualTo(plain.Length));
        }
    }

    [Test]
    public void ASplicedFile_GoesToTheOutputAsItWasDeflated_NotDeflatedAgain()
    {
        using var temp = new TempDirectory();
        var splicePath = temp.Combine("deflated.bin");
        var file = Text(300_000, seed: 4);
        var deflated = WriteDeflated(splicePath, file, before: 0);
        var spliced = File.ReadAllBytes(splicePath)[..(int)deflated.Length];

        var (bytes, _, _, _) = Write(splicePath, Text(10_000, 5), file, Text(10_000, 6), deflated, workers: 2, chunk: 4096);

        Assert.That(IndexOf(bytes, spliced), Is.GreaterThan(0));
    }

    [Test]
    public void TheBytes_DoNotDependOnHowManyThreadsWorkOrHowTheyAreWritten()
    {
        using var temp = new TempDirectory();
        var splicePath = temp.Combine("deflated.bin");
        var file = Text(DeflatePiece.Size + 99, seed: 7);
        var deflated = WriteDeflated(splicePath, file, before: 9);
        var head = Text(70_000, 8);
        var tail = Text(DeflatePiece.Size * 2, 9);

        var one = Write(splicePath, head, file, tail, deflated, workers: 1, chunk: 512).Deflated;
        var three = Write(splicePath, head, file, tail, deflated, workers: 3, chunk: 1 << 20).Deflated;

        Assert.That(three, Is.EqualTo(one));
    }

    [Test]
    public void ASpliceStartingAtTheFirstByte_OrLeftUnfinished_IsHandled()
    {
        using var temp = new TempDirectory();
        var splicePath = temp.Combine("deflated.bin");
        var file = Text(DeflatePiece.SpliceableSize + 5_000, seed: 10);
        var deflated = WriteDeflated(splicePath, file, before: 0);

        var (bytes, _, _, plain) = Write(splicePath, [], file, Text(100, 11), deflated, workers: 2, chunk: 64);
        Assert.That(Inflate(bytes), Is.EqualTo(plain));

        using var output = new MemoryStream();
        using var stream = new ParallelDeflateStream(output, CompressionLevel.Optimal, CancellationToken.None, workers: 2, inPieces: true);
        stream.SpliceAt(0, file.Length, ReferenceCrc32.Compute(file), splicePath, deflated.Offset, deflated.Length);
        stream.Write(file, 0, 10);
        Assert.Throws<InvalidOperationException>(stream.Complete);
    }

    [Test]
    public void AStreamMadeOnOneThread_CannotSplice()
    {
        using var output = new MemoryStream();
        using var stream = new ParallelDeflateStream(output, CompressionLevel.Optimal, CancellationToken.None, workers: 1, inPieces: false);

        Assert.That(stream.CanSplice, Is.False);
        Assert.Throws<InvalidOperationException>(() => stream.SpliceAt(0, 10, 0, "unused", 0, 10));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
