using System;
using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>A source file failed while being read into an archive (as opposed to the archive failing to write).</summary>
    public sealed class SourceReadException : IOException
    {
        public SourceReadException(string path, Exception inner)
            : base(inner.Message, inner)
        {
            Path = path;
        }

        /// <summary>The source file, or the archive entry name when the writer knows no file.</summary>
        public string Path { get; }

        public static SourceReadException Shrank(string path) =>
            new SourceReadException(path, new IOException("The file became shorter while it was being archived."));

        public static SourceReadException Grew(string path) =>
            new SourceReadException(path, new IOException("The file grew while it was being archived."));
    }

    /// <summary>The archive would need Zip64 (65,535 entries or more, or a size or offset of 4 GiB or more).</summary>
    public sealed class ZipLimitException : IOException
    {
        public const int MaxEntries = ushort.MaxValue - 1;
        public const long MaxBytes = uint.MaxValue - 1L;

        public ZipLimitException(int entries, long bytes)
            : base("The archive exceeds the limits of a zip without Zip64.")
        {
            Entries = entries;
            Bytes = bytes;
        }

        public int Entries { get; }

        public long Bytes { get; }
    }
}
