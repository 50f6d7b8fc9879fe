namespace OfflinePackage.Tests.Support;

/// <summary>Returns some bytes, then fails every further read the way a disk or network error does.</summary>
internal sealed class FailingReadStream : Stream
{
    private readonly byte[] _firstChunk;
    private bool _served;

    public FailingReadStream(byte[] firstChunk) => _firstChunk = firstChunk;

    public IOException Failure { get; } = new IOException("Simulated read failure.");

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_served || _firstChunk.Length == 0)
        {
            throw Failure;
        }

        _served = true;
        var n = Math.Min(count, _firstChunk.Length);
        Array.Copy(_firstChunk, 0, buffer, offset, n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A readable stream that runs a callback on its first read (e.g. to cancel a token mid-copy).</summary>
internal sealed class CallbackOnReadStream : MemoryStream
{
    private readonly Action _onFirstRead;
    private bool _called;

    public CallbackOnReadStream(byte[] content, Action onFirstRead)
        : base(content, writable: false) => _onFirstRead = onFirstRead;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (!_called)
        {
            _called = true;
            _onFirstRead();
        }

        return base.Read(buffer, offset, count);
    }
}

/// <summary>A readable stream that counts the reads made of it.</summary>
internal sealed class ReadCountingStream : MemoryStream
{
    public ReadCountingStream(byte[] content)
        : base(content, writable: false)
    {
    }

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Reads++;
        return base.Read(buffer, offset, count);
    }
}

/// <summary>A memory stream that reports it cannot seek.</summary>
internal sealed class NonSeekableStream : MemoryStream
{
    public override bool CanSeek => false;
}
