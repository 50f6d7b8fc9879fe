using System;
using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// A tar entry name is longer than the 100 bytes of the header's name field. The writer never falls back to
    /// GNU long-name records or the ustar prefix field: mPaaS clients are not known to read either. A bad argument,
    /// like the writer's other name checks, not a failure to write: the build's rules (OPK2009) keep such names out.
    /// </summary>
    public sealed class TarNameTooLongException : ArgumentException
    {
        public TarNameTooLongException(string name, int byteCount)
            : base($"The tar entry name '{name}' is {byteCount} bytes long; at most {TarWriter.MaxNameBytes} bytes fit a tar header.")
        {
            Name = name;
            ByteCount = byteCount;
        }

        public string Name { get; }

        /// <summary>Length of the name in UTF-8 bytes, including a directory's trailing '/'.</summary>
        public int ByteCount { get; }
    }

    /// <summary>A file is larger than the 11 octal digits of a tar size field allow (8 GiB - 1 byte).</summary>
    public sealed class TarEntryTooLargeException : IOException
    {
        public TarEntryTooLargeException(string name, long size)
            : base($"The tar entry '{name}' is {size} bytes; a tar header holds at most {TarWriter.MaxEntrySize} bytes.")
        {
            Name = name;
            Size = size;
        }

        public string Name { get; }

        public long Size { get; }
    }
}
