using System.IO.Compression;
using System.Text;
using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

/// <summary>Pieces deflated apart must concatenate into one valid deflate stream, primed by the bytes before them.</summary>
public class DeflatePieceTests
{
    /// <summary>Text with a long repeat: a match from one piece into the previous is only possible when primed.</summary>
    private static byte[] Input(int length)
    {
        var text = new StringBuilder();
        var random = new Random(5);
        while (text.Length < length)
        {
            text.Append("line ").Append(random.Next(100_000)).Append(" of some text that repeats\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var inflater = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        inflater.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] InPieces(byte[] input, int pieceSize, bool prime)
    {
        var stream = new MemoryStream();
        var output = new MemoryStream();
        for (var start = 0; start < input.Length; start += pieceSize)
        {
            var primeStart = prime ? Math.Max(0, start - DeflatePiece.DictionarySize) : start;
            var end = Math.Min(input.Length, start + pieceSize);
            var pieceStart = DeflatePiece.Deflate(input, primeStart, start, end, CompressionLevel.Optimal, whole: false, output);
            stream.Write(output.GetBuffer(), pieceStart, (int)output.Length - pieceStart);
        }

        stream.Write(DeflatePiece.FinalEmptyBlock);
        return stream.ToArray();
    }

    [TestCase(100_000, 40_000, true)]
    [TestCase(100_000, 40_000, false)]
    [TestCase(200_000, 10_000, true)]
    [TestCase(65_536, 32_768, true)]
    [TestCase(10, 3, true)]
    public void PiecesConcatenated_InflateToTheInput(int length, int pieceSize, bool prime)
    {
        var input = Input(length);

        Assert.That(Inflate(InPieces(input, pieceSize, prime)), Is.EqualTo(input));
    }

    [Test]
    public void Priming_LetsAPieceReferToTheBytesBeforeIt()
    {
        // Two copies of 20,000 bytes of text that does not repeat within itself: the second copy is one long match.
        var half = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4000).Select(i => (i * 7919 % 100_000).ToString("D5"))));
        var input = half.Concat(half).ToArray();

        var primed = InPieces(input, half.Length, prime: true);
        var unprimed = InPieces(input, half.Length, prime: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Inflate(primed), Is.EqualTo(input));
            Assert.That(primed.Length, Is.LessThan(unprimed.Length * 3 / 4), $"primed {primed.Length} bytes, unprimed {unprimed.Length}");
        }
    }

    [Test]
    public void ASmallWhole_IsExactlyWhatDeflateStreamWrites()
    {
        var input = Input(DeflatePiece.SpliceableSize - 1);
        using var expected = new MemoryStream();
        using (var deflate = new DeflateStream(expected, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(input);
        }

        var output = new MemoryStream();
        var start = DeflatePiece.Deflate(input, 0, 0, input.Length, CompressionLevel.Optimal, whole: true, output);

        Assert.That(output.ToArray()[start..], Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void ALargeWhole_IsWhatDeflateStreamWritesUpToASyncFlush_ThenTheFinalEmptyBlock()
    {
        var input = Input(DeflatePiece.SpliceableSize);
        using var flushed = new MemoryStream();
        byte[] expected;
        using (var deflate = new DeflateStream(flushed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(input);
            deflate.Flush();
            expected = [.. flushed.ToArray(), 0x03, 0x00];
        }

        var output = new MemoryStream();
        var start = DeflatePiece.Deflate(input, 0, 0, input.Length, CompressionLevel.Optimal, whole: true, output);

        var bytes = output.ToArray()[start..];
        Assert.That(bytes, Is.EqualTo(expected));
        Assert.That(bytes[^6..], Is.EqualTo(new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0x03, 0x00 }), "the ending that lets the .amr splice it");
        Assert.That(Inflate(bytes), Is.EqualTo(input));
    }

    [Test]
    public void APiece_DependsOnlyOnItsBytesAndPriming_NotOnWhatTheOutputHeldBefore()
    {
        var input = Input(80_000);
        var reused = new MemoryStream();
        DeflatePiece.Deflate(Input(300_000), 0, 0, 300_000, CompressionLevel.Optimal, whole: true, reused);

        var fresh = new MemoryStream();
        var a = DeflatePiece.Deflate(input, 8_000, 40_000, 80_000, CompressionLevel.Optimal, whole: false, fresh);
        var b = DeflatePiece.Deflate(input, 8_000, 40_000, 80_000, CompressionLevel.Optimal, whole: false, reused);

        Assert.That(reused.ToArray()[b..], Is.EqualTo(fresh.ToArray()[a..]));
    }
}
