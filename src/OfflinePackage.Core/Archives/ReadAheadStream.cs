using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Reads another stream on a thread of its own, a few buffers ahead of the reader, so that the work behind that
    /// stream (inflating and checking an entry) runs on one core while the reader's (hashing, inspecting) runs on
    /// another. Only that thread touches the inner stream, until <see cref="Dispose"/> has stopped it. What the inner
    /// stream throws is thrown to the reader where the failed read would have been, after the bytes read before it.
    /// Memory stays at <c>depth</c> buffers however long the stream.
    /// </summary>
    internal sealed class ReadAheadStream : ForwardReadStream
    {
        private readonly Stream _inner;
        private readonly object _gate = new object();
        private readonly Queue<Chunk> _filled = new Queue<Chunk>();
        private readonly Stack<byte[]> _free = new Stack<byte[]>();
        private readonly Thread _thread;
        private Chunk? _current;
        private int _currentOffset;
        private long _position;
        private bool _ended;
        private bool _stopping;
        private Exception? _error;

        public ReadAheadStream(Stream inner, int bufferSize = 1 << 18, int depth = 3)
        {
            _inner = inner;
            for (var i = 0; i < depth; i++)
            {
                _free.Push(new byte[bufferSize]);
            }

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

            if (_current == null || _currentOffset == _current.Count)
            {
                if (!TakeNext())
                {
                    return 0;
                }
            }

            var chunk = _current!;
            var n = Math.Min(count, chunk.Count - _currentOffset);
            Buffer.BlockCopy(chunk.Buffer, _currentOffset, buffer, offset, n);
            _currentOffset += n;
            _position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                lock (_gate)
                {
                    _stopping = true;
                    Monitor.PulseAll(_gate);
                }

                _thread.Join();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>Gives the spent chunk back and waits for the next; false at the end. Rethrows what reading threw.</summary>
        private bool TakeNext()
        {
            lock (_gate)
            {
                if (_current != null)
                {
                    _free.Push(_current.Buffer);
                    _current = null;
                    Monitor.PulseAll(_gate);
                }

                while (_filled.Count == 0 && !_ended)
                {
                    Monitor.Wait(_gate);
                }

                if (_filled.Count == 0)
                {
                    if (_error != null)
                    {
                        ExceptionDispatchInfo.Capture(_error).Throw();
                    }

                    return false;
                }

                _current = _filled.Dequeue();
                _currentOffset = 0;
                return true;
            }
        }

        private void ReadAhead()
        {
            try
            {
                while (true)
                {
                    byte[] buffer;
                    lock (_gate)
                    {
                        while (_free.Count == 0 && !_stopping)
                        {
                            Monitor.Wait(_gate);
                        }

                        if (_stopping)
                        {
                            return;
                        }

                        buffer = _free.Pop();
                    }

                    var count = 0;
                    Exception? error = null;
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
                        error = e;
                    }

                    lock (_gate)
                    {
                        if (count > 0)
                        {
                            _filled.Enqueue(new Chunk(buffer, count));
                        }

                        _error = error;
                        _ended = error != null || count < buffer.Length;
                        Monitor.PulseAll(_gate);
                        if (_ended)
                        {
                            return;
                        }
                    }
                }
            }
            finally
            {
                lock (_gate)
                {
                    _ended = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private sealed class Chunk
        {
            public Chunk(byte[] buffer, int count)
            {
                Buffer = buffer;
                Count = count;
            }

            public byte[] Buffer { get; }

            public int Count { get; }
        }
    }
}
