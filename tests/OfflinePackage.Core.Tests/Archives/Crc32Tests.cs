using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class Crc32Tests
{
    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    // Published CRC-32/ISO-HDLC check values.
    [TestCase("", 0x00000000u)]
    [TestCase("a", 0xE8B7BE43u)]
    [TestCase("abc", 0x352441C2u)]
    [TestCase("123456789", 0xCBF43926u)]
    [TestCase("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Compute_KnownVectors(string text, uint expected)
    {
        var data = Encoding.ASCII.GetBytes(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Crc32.Compute(data), Is.EqualTo(expected));
            Assert.That(ReferenceCrc32.Compute(data), Is.EqualTo(expected), "the test's reference implementation itself");
        }
    }

    [Test]
    public void NewInstance_HasTheCrcOfNothing()
    {
        Assert.That(new Crc32().Value, Is.Zero);
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(8)]
    [TestCase(9)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(1000)]
    [TestCase(65537)]
    [TestCase((1 << 20) + 3)]
    public void Compute_RandomBuffers_MatchesTheBitwiseReference(int length)
    {
        var data = RandomBytes(length, seed: length);

        Assert.That(Crc32.Compute(data), Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [TestCase((byte)0x00)]
    [TestCase((byte)0xFF)]
    [TestCase((byte)0x80)]
    public void Compute_UniformBuffers_MatchesTheBitwiseReference(byte value)
    {
        var data = Enumerable.Repeat(value, 4099).ToArray();

        Assert.That(Crc32.Compute(data), Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(8)]
    [TestCase(13)]
    [TestCase(4096)]
    public void Append_InChunks_EqualsOneShot(int chunk)
    {
        var data = RandomBytes(10_007, seed: chunk);
        var crc = new Crc32();

        for (var offset = 0; offset < data.Length; offset += chunk)
        {
            crc.Append(data, offset, Math.Min(chunk, data.Length - offset));
        }

        Assert.That(crc.Value, Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [Test]
    public void Append_InRandomlySizedChunks_EqualsOneShot()
    {
        var data = RandomBytes(200_003, seed: 42);
        var sizes = new Random(7);
        var crc = new Crc32();

        var offset = 0;
        while (offset < data.Length)
        {
            var count = Math.Min(sizes.Next(0, 100), data.Length - offset);
            crc.Append(data, offset, count);
            offset += count;
        }

        Assert.That(crc.Value, Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [TestCase(1, 100)]
    [TestCase(3, 8)]
    [TestCase(5, 17)]
    [TestCase(7, 1)]
    [TestCase(11, 0)]
    public void Append_SubRange_UsesOnlyThoseBytes(int offset, int count)
    {
        var data = RandomBytes(offset + count + 9, seed: offset * 31 + count);
        var crc = new Crc32();

        crc.Append(data, offset, count);

        Assert.That(crc.Value, Is.EqualTo(ReferenceCrc32.Compute(data, offset, count)));
    }

    [Test]
    public void Append_ZeroBytes_ChangesNothing()
    {
        var data = Encoding.ASCII.GetBytes("123456789");
        var crc = new Crc32();
        crc.Append(data, 0, data.Length);

        crc.Append(data, 3, 0);

        Assert.That(crc.Value, Is.EqualTo(0xCBF43926u));
    }

    [TestCase(0, 0)]
    [TestCase(0, 100)]
    [TestCase(100, 0)]
    [TestCase(1, 1)]
    [TestCase(1000, 7)]
    [TestCase(1 << 20, (1 << 20) + 5)]
    public void Combine_OfTwoParts_IsTheCrcOfTheWhole(int first, int second)
    {
        var data = RandomBytes(first + second, seed: first ^ second);

        var combined = Crc32.Combine(Crc32.Compute(data, 0, first), Crc32.Compute(data, first, second), second);

        Assert.That(combined, Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [Test]
    public void Combine_ManyPiecesInOrder_IsTheCrcOfTheWhole()
    {
        var data = RandomBytes(300_001, seed: 11);
        var crc = Crc32.Compute(data, 0, 0);
        for (var offset = 0; offset < data.Length; offset += 65_536)
        {
            var length = Math.Min(65_536, data.Length - offset);
            crc = Crc32.Combine(crc, Crc32.Compute(data, offset, length), length);
        }

        Assert.That(crc, Is.EqualTo(ReferenceCrc32.Compute(data)));
    }

    [TestCase(0, 33)]
    [TestCase(1, 32)]
    [TestCase(3, 17)]
    [TestCase(15, 18)]
    [TestCase(33, 0)]
    public void Compute_AtAnyOffset_MatchesTheBitwiseReference(int offset, int count)
    {
        var bytes = Enumerable.Range(0, 33).Select(i => (byte)(i * 37 + 5)).ToArray();

        Assert.That(Crc32.Compute(bytes, offset, count), Is.EqualTo(ReferenceCrc32.Compute(bytes[offset..(offset + count)])));
    }

    [TestCase(-1, 1)]
    [TestCase(0, 34)]
    [TestCase(30, 4)]
    [TestCase(34, 0)]
    public void Compute_RefusesARangeOutsideTheBuffer(int offset, int count)
    {
        Assert.That(() => Crc32.Compute(new byte[33], offset, count), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
