using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Runs pieces of work on one worker thread per core while a single owner thread hands them over in order and takes
    /// the results back in the same order. At most <c>slots</c> pieces are between the two, so memory stays bounded
    /// however large the input; the pieces are reused, so nothing is allocated per piece. Which worker ran a piece, and
    /// when, never shows in the results: the work depends only on the piece.
    /// </summary>
    internal sealed class PiecePipeline : IDisposable
    {
        private readonly object _gate = new object();
        private readonly Piece[] _slots;
        private readonly bool[] _done;
        private readonly Thread[] _workers;
        private readonly Action<Piece> _work;
        private readonly CancellationToken _cancellationToken;
        private long _submitted;
        private long _started;
        private long _released;
        private bool _stopping;

        /// <param name="work">What a worker does with a piece; an exception is handed to the owner with the piece.</param>
        public PiecePipeline(Action<Piece> work, CancellationToken cancellationToken, int workers = 0)
        {
            workers = workers > 0 ? workers : DefaultWorkers(Environment.ProcessorCount);
            _work = work;
            _cancellationToken = cancellationToken;
            _slots = new Piece[SlotCount(workers)];
            _done = new bool[_slots.Length];
            for (var i = 0; i < _slots.Length; i++)
            {
                _slots[i] = PiecePool.Take();
            }

            _workers = new Thread[workers];
            for (var i = 0; i < workers; i++)
            {
                _workers[i] = new Thread(Work) { IsBackground = true, Name = "OfflinePackage deflate " + i };
                _workers[i].Start();
            }
        }

        /// <summary>Most workers a pipeline starts by default, whatever the number of cores.</summary>
        public const int MaxDefaultWorkers = 16;

        /// <summary>
        /// One worker per core, up to <see cref="MaxDefaultWorkers"/>: each brings four slots of about 2 MiB (64 cores
        /// would hold 512 MB), and all are fed and drained by one owner thread.
        /// </summary>
        public static int DefaultWorkers(int processorCount) => Math.Min(MaxDefaultWorkers, Math.Max(1, processorCount));

        /// <summary>Pieces between the owner and <paramref name="workers"/> workers at most.</summary>
        public static int SlotCount(int workers) => Math.Max(8, 4 * workers);

        /// <summary>Whether <see cref="Begin"/> may be called: fewer than all slots are handed over and not yet released.</summary>
        public bool HasFreeSlot => _submitted - _released < _slots.Length;

        /// <summary>Whether pieces were handed over that <see cref="Next"/> has not returned yet.</summary>
        public bool HasPending => _released < _submitted;

        /// <summary>The piece to describe (or fill) next; hand it over with <see cref="Submit"/>. Owner thread only.</summary>
        public Piece Begin()
        {
            if (!HasFreeSlot)
            {
                throw new InvalidOperationException("Every slot is in use: take a result first.");
            }

            var piece = _slots[_submitted % _slots.Length];
            piece.Reset();
            return piece;
        }

        /// <summary>Hands the piece from <see cref="Begin"/> to the workers.</summary>
        public void Submit()
        {
            lock (_gate)
            {
                _submitted++;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>
        /// Waits for the oldest piece handed over and returns it, rethrowing what its work threw. It stays the owner's
        /// until <see cref="Release"/>.
        /// </summary>
        public Piece Next()
        {
            if (!HasPending)
            {
                throw new InvalidOperationException("No piece is pending.");
            }

            var index = (int)(_released % _slots.Length);
            lock (_gate)
            {
                while (!_done[index])
                {
                    Monitor.Wait(_gate);
                }
            }

            var piece = _slots[index];
            if (piece.Error != null)
            {
                ExceptionDispatchInfo.Capture(piece.Error).Throw();
            }

            return piece;
        }

        /// <summary>Gives the piece <see cref="Next"/> returned back, for reuse.</summary>
        public void Release()
        {
            lock (_gate)
            {
                _done[_released % _slots.Length] = false;
                _released++;
            }
        }

        /// <summary>
        /// Stops the workers once their current piece is done; pieces not started are dropped. The pieces go back to
        /// <see cref="PiecePool"/>: neither the owner nor a worker may touch them afterwards.
        /// </summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_stopping)
                {
                    return;
                }

                _stopping = true;
                Monitor.PulseAll(_gate);
            }

            foreach (var worker in _workers)
            {
                worker.Join();
            }

            foreach (var piece in _slots)
            {
                PiecePool.Return(piece);
            }
        }

        private void Work()
        {
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (_started == _submitted && !_stopping)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopping)
                    {
                        return;
                    }

                    index = (int)(_started++ % _slots.Length);
                }

                var piece = _slots[index];
                try
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    _work(piece);
                }
                catch (Exception e)
                {
                    piece.Error = e;
                }

                lock (_gate)
                {
                    _done[index] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
