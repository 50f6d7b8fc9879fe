using System;
using System.IO;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Reads another stream on a thread of its own, a few buffers ahead of the reader, so that the work behind that
    /// stream (inflating and checking an entry) runs on one core while the reader's (hashing, inspecting) runs on
    /// another. Only that thread touches the inner stream, until <see cref="Dispose"/> has stopped it. What the inner
    /// stream throws is thrown to the reader where the failed read would have been, after the bytes read before it.
    /// </summary>
    internal sealed class ReadAheadStream : ForwardReadStream
    {
        private readonly Stream _inner;
        private readonly BufferRelay _relay;
        private readonly Thread _thread;
        private byte[]? _current;
        private int _currentCount;
        private int _currentOffset;
        private long _position;

        public ReadAheadStream(Stream inner, int bufferSize = 1 << 18, int depth = 3)
        {
            _inner = inner;
            _relay = new BufferRelay(bufferSize, depth);
            _thread = new Thread(ReadAhead) { IsBackground = true, Name = "OfflinePackage read-ahead" };
            _thread.Start();
        }

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0)
            {
                return 0;
            }

            if (_current == null || _currentOffset == _currentCount)
            {
                if (_current != null)
                {
                    _relay.Return(_current);
                    _current = null;
                }

                if (!_relay.TakeFilled(out var next, out _currentCount))
                {
                    return 0;
                }

                _current = next;
                _currentOffset = 0;
            }

            var n = Math.Min(count, _currentCount - _currentOffset);
            Buffer.BlockCopy(_current, _currentOffset, buffer, offset, n);
            _currentOffset += n;
            _position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _relay.Stop();
                _thread.Join();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void ReadAhead()
        {
            byte[]? buffer;
            while ((buffer = _relay.TakeFree()) != null)
            {
                var count = 0;
                try
                {
                    int read;
                    while (count < buffer.Length && (read = _inner.Read(buffer, count, buffer.Length - count)) > 0)
                    {
                        count += read;
                    }
                }
                catch (Exception e)
                {
                    // The bytes read before the failure still reach the reader, then the failure.
                    _relay.Publish(buffer, count);
                    _relay.End(e);
                    return;
                }

                _relay.Publish(buffer, count);
                if (count < buffer.Length)
                {
                    _relay.End();
                    return;
                }
            }
        }
    }
}
