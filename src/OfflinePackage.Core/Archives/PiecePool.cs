using System.Collections.Generic;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// The pieces of finished pipelines, kept for the next one in the same process (the .amr after the zip, the next
    /// build in a reused MSBuild node). A piece's buffers grow to about 2 MiB and are then touched memory: allocating
    /// them again costs a page fault per 4 KiB, about 14 µs each on the virtual machines measured, which made up ~40 ms
    /// of an .amr written after its zip (docs/performance.md). At most <see cref="Capacity"/> are kept, whatever the
    /// number of cores, so a process holds on to about 17 MB at most.
    /// </summary>
    internal static class PiecePool
    {
        /// <summary>How many pieces are kept at most: a pipeline's slots on two cores (8).</summary>
        public static readonly int Capacity = PiecePipeline.SlotCount(2);

        private static readonly Stack<Piece> Kept = new Stack<Piece>();

        /// <summary>Pieces kept now.</summary>
        internal static int Count
        {
            get
            {
                lock (Kept)
                {
                    return Kept.Count;
                }
            }
        }

        /// <summary>A kept piece, reset, or a new one.</summary>
        public static Piece Take()
        {
            lock (Kept)
            {
                return Kept.Count > 0 ? Kept.Pop() : new Piece();
            }
        }

        /// <summary>Keeps a piece no thread uses any more, unless <see cref="Capacity"/> are kept already.</summary>
        public static void Return(Piece piece)
        {
            piece.Reset();
            lock (Kept)
            {
                if (Kept.Count < Capacity)
                {
                    Kept.Push(piece);
                }
            }
        }
    }
}
