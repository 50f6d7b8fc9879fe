using System.Security.Cryptography;
using OfflinePackage.Signing;

namespace OfflinePackage.Tests.Signing;

public class Sha1WriteStreamTests
{
    private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)((i * 31) ^ (i >> 9))).ToArray();

    [TestCase(0, 1)]
    [TestCase(5, 1)]
    [TestCase(3_000_000, 512)]
    [TestCase(3_000_000, 1 << 20)]
    [TestCase(1 << 18, 1 << 18)]
    public void PassesEveryByteOn_AndHashesThemAll(int length, int writeSize)
    {
        var bytes = Bytes(length);
        using var inner = new MemoryStream();
        byte[] hash;
        using (var hashing = new Sha1WriteStream(inner))
        {
            for (var offset = 0; offset < length; offset += writeSize)
            {
                hashing.Write(bytes, offset, Math.Min(writeSize, length - offset));
            }

            Assert.That(hashing.Length, Is.EqualTo(length));
            hash = hashing.GetHash();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inner.ToArray(), Is.EqualTo(bytes));
            Assert.That(hash, Is.EqualTo(SHA1.HashData(bytes)));
        }
    }

    [Test]
    public void DisposedWithoutAHash_StopsItsThread()
    {
        var hashing = new Sha1WriteStream(Stream.Null);
        hashing.Write(Bytes(2_000_000), 0, 2_000_000);

        Assert.That(() => hashing.Dispose(), Throws.Nothing);
    }
}
