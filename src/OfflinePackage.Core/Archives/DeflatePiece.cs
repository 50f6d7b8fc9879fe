using System;
using System.IO;
using System.IO.Compression;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Deflates one piece of a longer input so that pieces deflated apart, on any thread, concatenate into one valid
    /// deflate stream: each piece is a run of non-final blocks ending in a sync flush (so it ends on a byte boundary),
    /// and the stream ends with <see cref="FinalEmptyBlock"/>. A piece is primed with the 32 KiB that precede it (they
    /// are compressed and their output dropped), so its matches may reach back into them as they would in one stream;
    /// the decoder has those bytes in its window. Piece boundaries are fixed by size, never by timing, so the bytes
    /// depend only on the input and the level. A whole stream of <see cref="SpliceableSize"/> bytes or more ends the same
    /// way, sync flush then final empty block (<see cref="SpliceableEnding"/>), so that without its last two bytes it
    /// can be spliced into another stream: the .amr's tar reuses the upload zip's large deflated files (see
    /// <see cref="ParallelDeflateStream.SpliceAt"/>). A smaller one ends as DeflateStream ends it, 6 bytes shorter.
    /// </summary>
    public static class DeflatePiece
    {
        /// <summary>Pieces of this size: large enough that priming costs about 3 % more work, small enough to share a large file between cores.</summary>
        public const int Size = 1 << 20;

        /// <summary>How far back a deflate match can reach: the priming a piece gets.</summary>
        public const int DictionarySize = 32 * 1024;

        /// <summary>BFINAL = 1, fixed Huffman codes, end-of-block: ends a stream made of sync-flushed pieces.</summary>
        public static readonly byte[] FinalEmptyBlock = { 0x03, 0x00 };

        /// <summary>How a large whole stream made here ends: a sync flush's empty stored block, then <see cref="FinalEmptyBlock"/>.</summary>
        public static readonly byte[] SpliceableEnding = { 0x00, 0x00, 0xFF, 0xFF, 0x03, 0x00 };

        /// <summary>
        /// Whole streams of this many bytes or more end in <see cref="SpliceableEnding"/>. The .amr deflates smaller files
        /// again, with the tar around them: in one stream their matches reach into the files before them, which on the
        /// bench's large SPA tree keeps the .amr a tenth smaller than splicing every file, while the files of 64 KiB and
        /// more hold three quarters of the bytes (docs/performance.md).
        /// </summary>
        public const int SpliceableSize = 64 * 1024;

        private static readonly Lazy<bool> Supported = new Lazy<bool>(FlushIsSyncFlush);

        /// <summary>
        /// Whether this runtime can make pieces: its DeflateStream.Flush is zlib's sync flush (.NET Core 3.0 and later).
        /// On .NET Framework (Visual Studio's MSBuild) Flush does nothing; the writers then deflate each file, and the
        /// .amr's tar, as one stream on one thread, as before pieces existed.
        /// </summary>
        public static bool IsSupported => Supported.Value;

        /// <summary>
        /// Deflates <paramref name="buffer"/>[<paramref name="start"/>, <paramref name="end"/>) into
        /// <paramref name="output"/> (emptied first), primed with [<paramref name="primeStart"/>, <paramref name="start"/>).
        /// With <paramref name="whole"/> the input is a whole stream: it ends in a final block (in <see cref="SpliceableEnding"/>
        /// from <see cref="SpliceableSize"/> bytes on) and must not be primed.
        /// Returns where in <paramref name="output"/>'s buffer the piece starts; it ends at its length.
        /// </summary>
        public static int Deflate(byte[] buffer, int primeStart, int start, int end, CompressionLevel level, bool whole, MemoryStream output)
        {
            output.SetLength(0);

            // Room for incompressible input (stored blocks add 5 bytes per 64 KiB) up front: growing by doubling would
            // copy, and leave garbage, piece after piece.
            var worstCase = WorstCase(end - primeStart);
            if (output.Capacity < worstCase)
            {
                output.Capacity = Grown(output.Capacity, worstCase, WorstCase(Size + DictionarySize));
            }

            // Where Flush does nothing (.NET Framework) a whole stream is always left as DeflateStream ends it.
            var plain = whole && (end - start < SpliceableSize || !IsSupported);
            var pieceStart = 0;
            long pieceEnd;
            using (var deflate = new DeflateStream(output, level, leaveOpen: true))
            {
                if (start > primeStart)
                {
                    deflate.Write(buffer, primeStart, start - primeStart);
                    deflate.Flush();
                    pieceStart = (int)output.Length;
                }

                deflate.Write(buffer, start, end - start);
                if (!plain)
                {
                    // .NET's Flush is zlib's Z_SYNC_FLUSH: the blocks end, then an empty stored block aligns to a byte.
                    deflate.Flush();
                }

                pieceEnd = output.Length;
            }

            if (!plain)
            {
                // Drop the final block that disposing the stream wrote; a whole stream gets the one every stream here ends with.
                output.SetLength(pieceEnd);
                if (whole)
                {
                    output.Write(FinalEmptyBlock, 0, FinalEmptyBlock.Length);
                }
            }

            return pieceStart;
        }

        /// <summary>
        /// The new size of a reused buffer of <paramref name="current"/> bytes that must hold <paramref name="needed"/>:
        /// at least double, and the size of a full piece as soon as it is more than half of that, so that a buffer grows a
        /// few times at most and garbage stays small (a 1 GiB file is a thousand pieces through the same buffers).
        /// </summary>
        internal static int Grown(int current, int needed, int full) =>
            needed > full ? needed : Math.Max(needed, needed > full / 2 ? full : Math.Min(full, current * 2));

        private static int WorstCase(int length) => length + (length / 8192) + 64;

        private static bool FlushIsSyncFlush()
        {
            using var output = new MemoryStream();
            using var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true);
            deflate.Write(new byte[] { 1, 2, 3 }, 0, 3);
            deflate.Flush();
            var bytes = output.GetBuffer();
            var n = (int)output.Length;

            // A sync flush ends in an empty stored block: LEN 0000, NLEN FFFF.
            return n > 4 && bytes[n - 4] == 0 && bytes[n - 3] == 0 && bytes[n - 2] == 0xFF && bytes[n - 1] == 0xFF;
        }
    }
}
