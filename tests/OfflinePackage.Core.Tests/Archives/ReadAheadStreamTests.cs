using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

public class ReadAheadStreamTests
{
    /// <summary>Gives bytes i % 251 in reads of at most <c>step</c> bytes, then throws once <c>failAt</c> bytes are given.</summary>
    private sealed class Source(long length, int step, long failAt = long.MaxValue) : Stream
    {
        private long _position;

        public bool Disposed { get; private set; }

        public int ReaderThread { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ReaderThread = Environment.CurrentManagedThreadId;
            if (_position >= failAt)
            {
                throw new InvalidDataException("damaged at " + _position);
            }

            var n = (int)Math.Min(Math.Min(count, step), Math.Min(length, failAt) - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = (byte)((_position + i) % 251);
            }

            _position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static byte[] Expected(int length) => Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray();

    private static (byte[] Bytes, Exception? Error) ReadAll(Stream stream, int readSize)
    {
        var copy = new MemoryStream();
        var buffer = new byte[readSize];
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
            }
        }
        catch (Exception e)
        {
            return (copy.ToArray(), e);
        }

        return (copy.ToArray(), null);
    }

    [TestCase(0, 100, 7)]
    [TestCase(1, 1, 1)]
    [TestCase(1_000_000, 4096, 100_000)]
    [TestCase(1_000_000, 77_777, 13)]
    public void GivesTheInnerStreamsBytes_InOrder(int length, int step, int readSize)
    {
        using var stream = new ReadAheadStream(new Source(length, step), bufferSize: 10_000, depth: 3);

        var (bytes, error) = ReadAll(stream, readSize);

        Assert.That(error, Is.Null);
        Assert.That(bytes, Is.EqualTo(Expected(length)));
        Assert.That(stream.Position, Is.EqualTo(length));
    }

    [Test]
    public void AFailure_ReachesTheReaderAfterEveryByteReadBeforeIt_WithItsType()
    {
        using var stream = new ReadAheadStream(new Source(1_000_000, 3000, failAt: 123_456), bufferSize: 50_000, depth: 2);

        var (bytes, error) = ReadAll(stream, 8192);

        Assert.That(error, Is.TypeOf<InvalidDataException>().With.Message.EqualTo("damaged at 123456"));
        Assert.That(bytes, Is.EqualTo(Expected(123_456)));
    }

    [Test]
    public void TheInnerStreamIsReadOnAnotherThread_AndDisposedWithIt_EvenWhenNotReadToTheEnd()
    {
        var source = new Source(long.MaxValue, 4096);
        var stream = new ReadAheadStream(source, bufferSize: 4096, depth: 2);
        var buffer = new byte[100];
        Assert.That(stream.Read(buffer, 0, 100), Is.EqualTo(100));

        stream.Dispose();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(source.Disposed, Is.True);
            Assert.That(source.ReaderThread, Is.Not.EqualTo(Environment.CurrentManagedThreadId));
        }
    }
}
