using System;
using System.IO;
using System.IO.Compression;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// A write-only stream that deflates what is written to it on every core: the bytes are cut into pieces of
    /// <see cref="DeflatePiece.Size"/> at fixed offsets, each deflated apart (see <see cref="DeflatePiece"/>), and the
    /// results are written to the output in order as one deflate stream, ended by <see cref="Complete"/>. The CRC-32 of
    /// the bytes is computed on the way, piece by piece. The output depends only on the bytes written and the level.
    /// Where the runtime cannot make pieces (<see cref="DeflatePiece.IsSupported"/>) it is one deflate stream written on
    /// the caller's thread; the output must then be seekable (its position counts the bytes).
    /// </summary>
    internal sealed class ParallelDeflateStream : Stream
    {
        private readonly Stream _output;
        private readonly PiecePipeline? _pipeline;
        private readonly DeflateStream? _serial;
        private readonly Crc32 _serialCrc = new Crc32();
        private readonly long _outputStart;
        private readonly byte[] _history = new byte[DeflatePiece.DictionarySize];
        private Piece? _current;
        private int _filled;
        private int _historyLength;
        private uint _crc;
        private long _accepted;
        private long _taken;
        private long _deflatedLength;
        private bool _completed;
        private Splice? _splice;

        public ParallelDeflateStream(Stream output, CompressionLevel level, CancellationToken cancellationToken)
            : this(output, level, cancellationToken, workers: 0, DeflatePiece.IsSupported)
        {
        }

        /// <param name="workers">Deflating threads; 0 for one per core.</param>
        /// <param name="inPieces">False for one deflate stream on the caller's thread.</param>
        internal ParallelDeflateStream(Stream output, CompressionLevel level, CancellationToken cancellationToken, int workers, bool inPieces)
        {
            _output = output;
            if (inPieces)
            {
                _pipeline = new PiecePipeline(piece => Deflate(piece, level), cancellationToken, workers);
            }
            else
            {
                _outputStart = output.Position;
                _serial = new DeflateStream(output, level, leaveOpen: true);
            }
        }

        /// <summary>CRC-32 of the bytes written; final after <see cref="Complete"/>.</summary>
        public uint Crc => _crc;

        /// <summary>Bytes written to this stream (uncompressed).</summary>
        public override long Length => _accepted;

        /// <summary>Bytes written to the output; final after <see cref="Complete"/>.</summary>
        public long DeflatedLength => _deflatedLength;

        /// <summary>Whether <see cref="SpliceAt"/> can be used: the stream is made in pieces.</summary>
        public bool CanSplice => _pipeline != null;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !_completed;

        public override long Position
        {
            get => Length;
            set => throw new NotSupportedException();
        }

        private int Pending => _current == null ? 0 : _filled - _current.PrimeLength;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The stream is complete.");
            }

            if (_serial != null)
            {
                _serial.Write(buffer, offset, count);
                _serialCrc.Append(buffer, offset, count);
                _accepted += count;
                return;
            }

            while (count > 0)
            {
                if (_splice != null && _accepted >= _splice.Start)
                {
                    var spliced = (int)Math.Min(count, _splice.End - _accepted);
                    _accepted += spliced;
                    offset += spliced;
                    count -= spliced;
                    if (_accepted == _splice.End)
                    {
                        SubmitSplice();
                    }

                    continue;
                }

                var piece = _current ?? StartPiece();
                var n = Math.Min(count, piece.PrimeLength + DeflatePiece.Size - _filled);
                if (_splice != null)
                {
                    n = (int)Math.Min(n, _splice.Start - _accepted);
                }

                Buffer.BlockCopy(buffer, offset, piece.Input, _filled, n);
                _filled += n;
                _accepted += n;
                offset += n;
                count -= n;
                if (_filled == piece.PrimeLength + DeflatePiece.Size || (_splice != null && _accepted == _splice.Start))
                {
                    SubmitCurrent();
                }
            }
        }

        /// <summary>
        /// Says that the <paramref name="length"/> bytes to be written from <paramref name="position"/> on (a position
        /// not reached yet) are not to be deflated: the <paramref name="deflatedLength"/> bytes at
        /// <paramref name="deflatedOffset"/> in the file <paramref name="deflatedPath"/> go to the output in their place.
        /// Those must be exactly these bytes (CRC-32 <paramref name="crc"/>) deflated as a stream of their own, ending in
        /// a sync flush and no final block: what <see cref="DeflatePiece"/> makes of a whole file, less its last two
        /// bytes. The bytes are still written to this stream (and counted in its CRC-32 and length); the piece before
        /// them ends at <paramref name="position"/>, the one after starts unprimed. The output then depends on the
        /// splices as well as on the bytes.
        /// </summary>
        public void SpliceAt(long position, long length, uint crc, string deflatedPath, long deflatedOffset, long deflatedLength)
        {
            if (!CanSplice || _completed || _splice != null || position < _accepted || length <= 0 || deflatedLength <= 0)
            {
                throw new InvalidOperationException("A splice must follow the last one, on a stream made in pieces.");
            }

            _splice = new Splice(position, position + length, crc, deflatedPath, deflatedOffset, deflatedLength);
            if (position == _accepted && _current != null)
            {
                if (Pending > 0)
                {
                    SubmitCurrent();
                }
                else
                {
                    _current = null;
                }
            }
        }

        /// <summary>Deflates what is left, writes every piece and the final block: the output holds the whole stream.</summary>
        public void Complete()
        {
            if (_completed)
            {
                return;
            }

            if (_splice != null)
            {
                throw new InvalidOperationException("The bytes of a splice were not all written.");
            }

            _completed = true;
            if (_serial != null)
            {
                _serial.Dispose();
                _crc = _serialCrc.Value;
                _deflatedLength = _output.Position - _outputStart;
                return;
            }

            if (Pending > 0)
            {
                SubmitCurrent();
            }

            while (_pipeline!.HasPending)
            {
                TakeOne();
            }

            _output.Write(DeflatePiece.FinalEmptyBlock, 0, DeflatePiece.FinalEmptyBlock.Length);
            _deflatedLength += DeflatePiece.FinalEmptyBlock.Length;
        }

        public override void Flush()
        {
            // Pieces are written when they are complete; a flush must not cut one short (its bytes would change).
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pipeline?.Dispose();
                _serial?.Dispose();
            }

            base.Dispose(disposing);
        }

        private static void Deflate(Piece piece, CompressionLevel level)
        {
            if (piece.SplicePath != null)
            {
                ReadSplice(piece);
                return;
            }

            piece.Crc = Crc32.Compute(piece.Input, piece.PrimeLength, piece.Length);
            piece.OutputStart = DeflatePiece.Deflate(piece.Input, 0, piece.PrimeLength, piece.PrimeLength + piece.Length, level, whole: false, piece.Output);
        }

        private Piece StartPiece()
        {
            while (!_pipeline!.HasFreeSlot)
            {
                TakeOne();
            }

            var piece = _pipeline.Begin();
            piece.EnsureInput(_historyLength + DeflatePiece.Size);
            Buffer.BlockCopy(_history, 0, piece.Input, 0, _historyLength);
            piece.PrimeLength = _historyLength;
            _filled = _historyLength;
            _current = piece;
            return piece;
        }

        private void SubmitCurrent()
        {
            var piece = _current!;
            piece.Length = _filled - piece.PrimeLength;

            // The next piece is primed with the last 32 KiB before it, which may reach back into this piece's priming.
            _historyLength = Math.Min(_filled, _history.Length);
            Buffer.BlockCopy(piece.Input, _filled - _historyLength, _history, 0, _historyLength);
            _current = null;
            _pipeline!.Submit();
        }

        private static void ReadSplice(Piece piece)
        {
            var output = piece.Output;
            output.SetLength(0);
            if (output.Capacity < piece.SpliceLength)
            {
                output.Capacity = DeflatePiece.Grown(output.Capacity, piece.SpliceLength, DeflatePiece.Size);
            }

            output.SetLength(piece.SpliceLength);
            FilePieces.ReadExactly(piece.SplicePath!, piece.SpliceOffset, output.GetBuffer(), piece.SpliceLength);
            piece.OutputStart = 0;
        }

        /// <summary>Hands the splice's deflated bytes over in pieces of at most <see cref="DeflatePiece.Size"/>, read by the workers.</summary>
        private void SubmitSplice()
        {
            var splice = _splice!;
            _splice = null;

            // The next piece starts unprimed: priming it with the file's tail would cost more deflating than it saves bytes.
            _historyLength = 0;
            var offset = splice.DeflatedOffset;
            var remaining = splice.DeflatedLength;
            while (remaining > 0)
            {
                while (!_pipeline!.HasFreeSlot)
                {
                    TakeOne();
                }

                var piece = _pipeline.Begin();
                piece.SplicePath = splice.DeflatedPath;
                piece.SpliceOffset = offset;
                piece.SpliceLength = (int)Math.Min(remaining, DeflatePiece.Size);
                offset += piece.SpliceLength;
                remaining -= piece.SpliceLength;
                if (remaining == 0)
                {
                    piece.Crc = splice.Crc;
                    piece.SplicedBytes = splice.End - splice.Start;
                }

                _pipeline.Submit();
            }
        }

        private void TakeOne()
        {
            var piece = _pipeline!.Next();
            var length = piece.SplicePath != null ? piece.SplicedBytes : piece.Length;
            _crc = _taken == 0 ? piece.Crc : Crc32.Combine(_crc, piece.Crc, length);
            _taken += length;
            _output.Write(piece.Output.GetBuffer(), piece.OutputStart, piece.DeflatedLength);
            _deflatedLength += piece.DeflatedLength;
            _pipeline!.Release();
        }

        private sealed class Splice
        {
            public Splice(long start, long end, uint crc, string deflatedPath, long deflatedOffset, long deflatedLength)
            {
                Start = start;
                End = end;
                Crc = crc;
                DeflatedPath = deflatedPath;
                DeflatedOffset = deflatedOffset;
                DeflatedLength = deflatedLength;
            }

            public long Start { get; }

            public long End { get; }

            public uint Crc { get; }

            public string DeflatedPath { get; }

            public long DeflatedOffset { get; }

            public long DeflatedLength { get; }
        }
    }
}
