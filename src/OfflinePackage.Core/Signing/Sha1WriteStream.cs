using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using OfflinePackage.Archives;

namespace OfflinePackage.Signing
{
    /// <summary>
    /// A write-only stream that passes bytes on to another stream at once and hashes them with SHA-1 on a thread of its
    /// own, a few buffers behind: hashing the tar on the writer's thread made it the longest step of writing an .amr.
    /// </summary>
    internal sealed class Sha1WriteStream : Stream
    {
        private const int BatchSize = 1 << 18;

        private readonly Stream _inner;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        private readonly BufferRelay _relay = new BufferRelay(BatchSize, depth: 4);
        private readonly Thread _thread;
        private byte[]? _batch;
        private int _batchCount;
        private long _length;
        private Exception? _hashError;

        public Sha1WriteStream(Stream inner)
        {
            _inner = inner;
            _thread = new Thread(Hash) { IsBackground = true, Name = "OfflinePackage SHA-1" };
            _thread.Start();
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        /// <summary>The hash of everything written; call once, when writing is done.</summary>
        public byte[] GetHash()
        {
            if (_batch != null)
            {
                _relay.Publish(_batch, _batchCount);
                _batch = null;
            }

            _relay.End();
            _thread.Join();
            if (_hashError != null)
            {
                throw new CryptographicException("The SHA-1 of the written bytes could not be computed.", _hashError);
            }

            return _hash.GetHashAndReset();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _inner.Write(buffer, offset, count);
            _length += count;
            while (count > 0)
            {
                if (_batch == null)
                {
                    // Null only once the hashing thread stopped on an error, which GetHash reports.
                    _batch = _relay.TakeFree();
                    _batchCount = 0;
                    if (_batch == null)
                    {
                        return;
                    }
                }

                var n = Math.Min(count, _batch.Length - _batchCount);
                Buffer.BlockCopy(buffer, offset, _batch, _batchCount, n);
                _batchCount += n;
                offset += n;
                count -= n;
                if (_batchCount == _batch.Length)
                {
                    _relay.Publish(_batch, _batchCount);
                    _batch = null;
                }
            }
        }

        public override void Flush() => _inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _relay.Stop();
                _thread.Join();
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Hash()
        {
            try
            {
                while (_relay.TakeFilled(out var batch, out var count))
                {
                    _hash.AppendData(batch, 0, count);
                    _relay.Return(batch);
                }
            }
            catch (Exception e)
            {
                _hashError = e;
                _relay.Stop();
            }
        }
    }
}
