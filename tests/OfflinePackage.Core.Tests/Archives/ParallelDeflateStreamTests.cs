using System.IO.Compression;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class ParallelDeflateStreamTests
{
    /// <summary>Several pieces' worth of text with some random stretches, so pieces differ in how well they deflate.</summary>
    private static byte[] Content(int length)
    {
        var random = new Random(9);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (i / 50_000) % 3 == 2 ? (byte)random.Next(256) : (byte)"abcdefgh ijkl\n"[random.Next(14)];
        }

        return bytes;
    }

    /// <summary>Writes <paramref name="content"/> in writes of varied sizes and returns the deflated stream and the CRC.</summary>
    private static (byte[] Deflated, uint Crc, long Length, long DeflatedLength) Deflate(byte[] content, int workers, bool inPieces = true)
    {
        using var output = new MemoryStream();
        using var deflating = new ParallelDeflateStream(output, CompressionLevel.Optimal, CancellationToken.None, workers, inPieces);
        var sizes = new[] { 1, 511, 512, 80_000, 1 << 20, 3 };
        for (int offset = 0, i = 0; offset < content.Length; i++)
        {
            var count = Math.Min(sizes[i % sizes.Length], content.Length - offset);
            deflating.Write(content, offset, count);
            offset += count;
        }

        deflating.Complete();
        return (output.ToArray(), deflating.Crc, deflating.Length, deflating.DeflatedLength);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void WhatIsWritten_InflatesBack_WithItsCrcAndSizes(bool inPieces)
    {
        var content = Content((3 * DeflatePiece.Size) + 12_345);

        var (deflated, crc, length, deflatedLength) = Deflate(content, workers: 2, inPieces);

        using var inflater = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var back = new MemoryStream();
        inflater.CopyTo(back);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.ToArray(), Is.EqualTo(content));
            Assert.That(crc, Is.EqualTo(ReferenceCrc32.Compute(content)));
            Assert.That(length, Is.EqualTo(content.Length));
            Assert.That(deflatedLength, Is.EqualTo(deflated.Length));
        }
    }

    [Test]
    public void TheBytes_DoNotDependOnHowManyThreadsDeflate()
    {
        var content = Content((5 * DeflatePiece.Size) + 77);

        var one = Deflate(content, workers: 1).Deflated;
        var three = Deflate(content, workers: 3).Deflated;
        var eight = Deflate(content, workers: 8).Deflated;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(three, Is.EqualTo(one));
            Assert.That(eight, Is.EqualTo(one));
        }
    }

    [Test]
    public void ThisRuntime_CanMakePieces()
    {
        // .NET Framework cannot (its DeflateStream.Flush does nothing); everything else these tests run on can.
        Assert.That(DeflatePiece.IsSupported, Is.True);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void NothingWritten_IsAnEmptyDeflateStream(bool inPieces)
    {
        var (deflated, crc, length, _) = Deflate(Array.Empty<byte>(), workers: 2, inPieces);

        using var inflater = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inflater.ReadByte(), Is.EqualTo(-1));
            Assert.That(crc, Is.Zero);
            Assert.That(length, Is.Zero);
        }
    }
}
