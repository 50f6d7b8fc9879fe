using System;
using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// One unit of work for <see cref="PiecePipeline"/> and its result: a whole small file, a piece of a large one, or a
    /// piece of a stream. The same few objects are reused piece after piece, so their buffers grow to the largest piece
    /// once and are not allocated again.
    /// </summary>
    internal sealed class Piece
    {
        /// <summary>The file to read; null when the owner filled <see cref="Input"/> itself.</summary>
        public string? SourcePath { get; set; }

        /// <summary>Where in the file the input starts (the priming bytes first).</summary>
        public long FileOffset { get; set; }

        /// <summary>Bytes at the start of <see cref="Input"/> that only prime the compressor.</summary>
        public int PrimeLength { get; set; }

        /// <summary>The piece's own bytes, after the priming ones; for a whole file, the size it was listed with.</summary>
        public int Length { get; set; }

        /// <summary>The whole of a file: read to its end whatever its size now, and end the deflate stream.</summary>
        public bool WholeFile { get; set; }

        /// <summary>Only checked (CRC), not deflated: a format that is compressed already.</summary>
        public bool Store { get; set; }

        /// <summary>The last piece of a file read in pieces: the file must end there.</summary>
        public bool LastOfFile { get; set; }

        /// <summary>
        /// A file whose <see cref="SpliceLength"/> bytes at <see cref="SpliceOffset"/> are this piece's deflated bytes,
        /// deflated before (see <see cref="ParallelDeflateStream.SpliceAt"/>); null for a piece to deflate.
        /// </summary>
        public string? SplicePath { get; set; }

        public long SpliceOffset { get; set; }

        public int SpliceLength { get; set; }

        /// <summary>The bytes a spliced piece stands for, once deflated: the whole file's on its last piece, 0 before.</summary>
        public long SplicedBytes { get; set; }

        public byte[] Input { get; set; } = Array.Empty<byte>();

        public MemoryStream Output { get; } = new MemoryStream();

        /// <summary>Where the piece's deflated bytes start in <see cref="Output"/>; they end at its length.</summary>
        public int OutputStart { get; set; }

        /// <summary>True when <see cref="Output"/> holds the piece deflated; false when it is to be stored as read.</summary>
        public bool Deflated { get; set; }

        /// <summary>CRC-32 of the piece's own bytes.</summary>
        public uint Crc { get; set; }

        public Exception? Error { get; set; }

        public int DeflatedLength => (int)Output.Length - OutputStart;

        /// <summary>Makes <see cref="Input"/> hold at least <paramref name="length"/> bytes, keeping what it holds when asked to.</summary>
        public void EnsureInput(int length, bool keep = false)
        {
            if (Input.Length < length)
            {
                var larger = new byte[DeflatePiece.Grown(Input.Length, length, DeflatePiece.Size + DeflatePiece.DictionarySize)];
                if (keep)
                {
                    Buffer.BlockCopy(Input, 0, larger, 0, Input.Length);
                }

                Input = larger;
            }
        }

        public void Reset()
        {
            SourcePath = null;
            SplicePath = null;
            SpliceOffset = 0;
            SpliceLength = 0;
            SplicedBytes = 0;
            FileOffset = 0;
            PrimeLength = 0;
            Length = 0;
            WholeFile = false;
            Store = false;
            LastOfFile = false;
            OutputStart = 0;
            Deflated = false;
            Crc = 0;
            Error = null;
        }
    }
}
