using System;
using System.IO;
using System.IO.Compression;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>A file's zip data prepared off the writer thread: deflated, or stored when deflate would not help.</summary>
    public sealed class CompressedEntry
    {
        public const ushort Stored = 0;
        public const ushort Deflated = 8;

        private CompressedEntry(ushort method, uint crc, long size, byte[] data, int length)
        {
            Method = method;
            Crc = crc;
            Size = size;
            Data = data;
            Length = length;
        }

        public ushort Method { get; }

        public uint Crc { get; }

        /// <summary>Uncompressed size.</summary>
        public long Size { get; }

        /// <summary>The entry's data: <see cref="Length"/> bytes from the start.</summary>
        public byte[] Data { get; }

        public int Length { get; }

        /// <summary>
        /// Reads a (small) file and prepares its entry data. The result depends only on the bytes, the level and
        /// <paramref name="store"/>, never on timing, so entries prepared in parallel give the same archive.
        /// </summary>
        public static CompressedEntry FromFile(string path, CompressionLevel level, bool store, CancellationToken cancellationToken)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(path, e);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var crc = new Crc32();
            crc.Append(bytes, 0, bytes.Length);
            if (!store && bytes.Length > 0)
            {
                using var compressed = new MemoryStream(bytes.Length / 2 + 64);
                using (var deflate = new DeflateStream(compressed, level, leaveOpen: true))
                {
                    deflate.Write(bytes, 0, bytes.Length);
                }

                if (compressed.Length < bytes.Length)
                {
                    return new CompressedEntry(Deflated, crc.Value, bytes.Length, compressed.GetBuffer(), (int)compressed.Length);
                }
            }

            return new CompressedEntry(Stored, crc.Value, bytes.Length, bytes, bytes.Length);
        }
    }
}
