using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Hands filled buffers from one thread to another, in order, through a fixed set of buffers that go round: the
    /// producer waits for a free one, the consumer for a filled one, so the two run on two cores while memory stays at
    /// <c>depth</c> buffers. The producer ends the run, with or without a failure the consumer then gets after every
    /// buffer handed over before it; either side may stop it early, releasing the other.
    /// </summary>
    internal sealed class BufferRelay
    {
        private readonly object _gate = new object();
        private readonly Queue<KeyValuePair<byte[], int>> _filled = new Queue<KeyValuePair<byte[], int>>();
        private readonly Stack<byte[]> _free = new Stack<byte[]>();
        private bool _ended;
        private bool _stopped;
        private Exception? _error;

        public BufferRelay(int bufferSize, int depth)
        {
            for (var i = 0; i < depth; i++)
            {
                _free.Push(new byte[bufferSize]);
            }
        }

        /// <summary>Producer: a free buffer to fill, once one is; null once the run was stopped.</summary>
        public byte[]? TakeFree()
        {
            lock (_gate)
            {
                while (_free.Count == 0 && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                return _stopped ? null : _free.Pop();
            }
        }

        /// <summary>Producer: hands over the first <paramref name="count"/> bytes of a buffer from <see cref="TakeFree"/>.</summary>
        public void Publish(byte[] buffer, int count)
        {
            lock (_gate)
            {
                if (count > 0)
                {
                    _filled.Enqueue(new KeyValuePair<byte[], int>(buffer, count));
                }
                else
                {
                    _free.Push(buffer);
                }

                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Producer: nothing more comes; <paramref name="error"/>, if any, reaches the consumer after the rest.</summary>
        public void End(Exception? error = null)
        {
            lock (_gate)
            {
                _error ??= error;
                _ended = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>
        /// Consumer: the next filled buffer and its byte count, once there is one; false at the end of the run, or once it
        /// was stopped. Throws what the producer ended with, after every buffer before it.
        /// </summary>
        public bool TakeFilled(out byte[] buffer, out int count)
        {
            lock (_gate)
            {
                while (_filled.Count == 0 && !_ended && !_stopped)
                {
                    Monitor.Wait(_gate);
                }

                if (_filled.Count == 0 || _stopped)
                {
                    if (_error != null && !_stopped)
                    {
                        ExceptionDispatchInfo.Capture(_error).Throw();
                    }

                    buffer = Array.Empty<byte>();
                    count = 0;
                    return false;
                }

                var next = _filled.Dequeue();
                buffer = next.Key;
                count = next.Value;
                return true;
            }
        }

        /// <summary>Consumer: gives a buffer from <see cref="TakeFilled"/> back for reuse.</summary>
        public void Return(byte[] buffer)
        {
            lock (_gate)
            {
                _free.Push(buffer);
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Either side: ends the run early; the other side's waits return at once.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
