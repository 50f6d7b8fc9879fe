using System;
using System.IO;
using System.IO.Compression;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// A source file as pieces of work for <see cref="PiecePipeline"/>: a file up to <see cref="DeflatePiece.Size"/> is
    /// one piece, read whole and deflated as one stream; a larger one is read in pieces of that size at fixed offsets,
    /// each deflated apart (see <see cref="DeflatePiece"/>), so that the cores share it.
    /// </summary>
    internal static class FilePieces
    {
        /// <summary>How many pieces a file of <paramref name="size"/> bytes is read in (1 when its size is unknown, -1).</summary>
        public static int CountFor(long size) => size <= DeflatePiece.Size ? 1 : (int)((size + DeflatePiece.Size - 1) / DeflatePiece.Size);

        /// <summary>Describes the whole of a small file: it is read to its end, whatever its size by then.</summary>
        public static void DescribeWhole(Piece piece, string path, bool store)
        {
            piece.SourcePath = path;
            piece.WholeFile = true;
            piece.Store = store;
        }

        /// <summary>Describes piece <paramref name="index"/> of a file listed with <paramref name="size"/> bytes.</summary>
        public static void DescribePart(Piece piece, string path, long size, int index, bool store)
        {
            var start = (long)index * DeflatePiece.Size;
            var prime = store ? 0 : (int)Math.Min(start, DeflatePiece.DictionarySize);
            piece.SourcePath = path;
            piece.FileOffset = start - prime;
            piece.PrimeLength = prime;
            piece.Length = (int)Math.Min(DeflatePiece.Size, size - start);
            piece.LastOfFile = start + piece.Length == size;
            piece.Store = store;
        }

        /// <summary>A worker's job: read the piece, check it, and deflate it unless it is to be stored.</summary>
        public static void Run(Piece piece, CompressionLevel level)
        {
            if (piece.WholeFile)
            {
                ReadWhole(piece);
            }
            else
            {
                ReadPart(piece);
            }

            piece.Crc = Crc32.Compute(piece.Input, piece.PrimeLength, piece.Length);
            if (piece.Store || piece.Length == 0)
            {
                return;
            }

            piece.OutputStart = DeflatePiece.Deflate(piece.Input, 0, piece.PrimeLength, piece.PrimeLength + piece.Length, level, piece.WholeFile, piece.Output);
            piece.Deflated = true;
        }

        /// <summary>Opens a source file for reading, unbuffered (the pieces are the buffers).</summary>
        public static FileStream Open(string path)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(path, e);
            }
        }

        private static void ReadWhole(Piece piece)
        {
            var path = piece.SourcePath!;
            using var source = Open(path);
            try
            {
                var length = source.Length;
                if (length > int.MaxValue / 2)
                {
                    throw SourceReadException.Grew(path);
                }

                piece.EnsureInput((int)length + 1);
                var total = 0;
                int read;
                while ((read = source.Read(piece.Input, total, piece.Input.Length - total)) > 0)
                {
                    total += read;
                    if (total == piece.Input.Length)
                    {
                        piece.EnsureInput(total + (total / 2) + 1, keep: true);
                    }
                }

                piece.Length = total;
            }
            catch (Exception e) when ((e is IOException || e is UnauthorizedAccessException) && !(e is SourceReadException))
            {
                throw new SourceReadException(path, e);
            }
        }

        private static void ReadPart(Piece piece)
        {
            var wanted = piece.PrimeLength + piece.Length;
            piece.EnsureInput(wanted);
            ReadExactly(piece.SourcePath!, piece.FileOffset, piece.Input, wanted, mustEndThere: piece.LastOfFile);
        }

        /// <summary>
        /// Reads exactly <paramref name="count"/> bytes at <paramref name="offset"/> of a file into the start of
        /// <paramref name="buffer"/>; <see cref="SourceReadException"/> when it cannot, when the file is shorter, or (with
        /// <paramref name="mustEndThere"/>) when it goes on after them.
        /// </summary>
        public static void ReadExactly(string path, long offset, byte[] buffer, int count, bool mustEndThere = false)
        {
            using var source = Open(path);
            try
            {
                source.Position = offset;
                var total = 0;
                while (total < count)
                {
                    var read = source.Read(buffer, total, count - total);
                    if (read == 0)
                    {
                        throw SourceReadException.Shrank(path);
                    }

                    total += read;
                }

                if (mustEndThere && source.ReadByte() >= 0)
                {
                    throw SourceReadException.Grew(path);
                }
            }
            catch (Exception e) when ((e is IOException || e is UnauthorizedAccessException) && !(e is SourceReadException))
            {
                throw new SourceReadException(path, e);
            }
        }
    }
}
