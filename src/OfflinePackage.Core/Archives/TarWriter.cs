using System;
using System.IO;
using System.Text;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Writes a tar whose bytes depend only on the entries given and their content, in the layout of the tars the
    /// mPaaS console puts into .amr files (GNU tar's default "old GNU" format):
    /// magic "ustar  \0", uid/gid 500 "admin"/"admin", one fixed mtime, modes 0644 (files) and 0755 (directories),
    /// numeric fields as zero-padded octal ending in NUL, checksum as six octal digits, NUL, space; two zero blocks
    /// at the end and zero padding to a multiple of 10240 bytes (GNU tar's default record of 20 blocks).
    /// Names must fit the 100-byte name field: there are no long-name, PAX or prefix fallbacks.
    /// The caller gives entries in their final order; file content is streamed, never held whole in memory.
    /// </summary>
    public sealed class TarWriter
    {
        public const int BlockSize = 512;
        public const int RecordSize = 20 * BlockSize;
        public const int MaxNameBytes = 100;

        /// <summary>The largest size 11 octal digits hold.</summary>
        public const long MaxEntrySize = (1L << 33) - 1;

        public const int FilePermissions = 0x1A4;       // 0644
        public const int DirectoryPermissions = 0x1ED;  // 0755
        public const int OwnerId = 500;
        public const string OwnerName = "admin";

        private const int BufferSize = 81920;
        private const long MaxTime = (1L << 33) - 1;
        private static readonly byte[] OldGnuMagic = Encoding.ASCII.GetBytes("ustar  \0");
        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        private readonly Stream _output;
        private readonly long _mtime;
        private readonly byte[] _buffer = new byte[BufferSize];
        private long _position;
        private bool _finished;

        /// <param name="output">Any writable stream; it is neither sought nor closed.</param>
        /// <param name="timestamp">The mtime of every entry (UTC; an unspecified kind is taken as UTC).</param>
        public TarWriter(Stream output, DateTime timestamp)
        {
            _output = output;
            _mtime = ToUnixSeconds(timestamp);
        }

        /// <summary>Bytes written so far.</summary>
        public long Position => _position;

        /// <summary>Seconds since 1970-01-01 UTC, as a tar mtime field holds them.</summary>
        public static long ToUnixSeconds(DateTime timestamp)
        {
            var utc = timestamp.Kind == DateTimeKind.Local ? timestamp.ToUniversalTime() : DateTime.SpecifyKind(timestamp, DateTimeKind.Utc);
            var seconds = (long)Math.Floor((utc - UnixEpoch).TotalSeconds);
            if (seconds < 0 || seconds > MaxTime)
            {
                throw new ArgumentOutOfRangeException(nameof(timestamp), "A tar mtime must lie between 1970 and 2242.");
            }

            return seconds;
        }

        /// <summary>
        /// The UTF-8 bytes of an entry name, checked: not empty, no NUL, a directory's ends with '/' and a file's does
        /// not; <see cref="TarNameTooLongException"/> above <see cref="MaxNameBytes"/> bytes.
        /// </summary>
        public static byte[] EncodeName(string name, bool directory)
        {
            if (name.Length == 0 || name == "/" || name.IndexOf('\0') >= 0)
            {
                throw new ArgumentException("A tar entry name must be non-empty and contain no NUL.", nameof(name));
            }

            if (name.EndsWith("/", StringComparison.Ordinal) != directory)
            {
                throw new ArgumentException(
                    directory ? $"The directory name '{name}' must end with '/'." : $"The file name '{name}' must not end with '/'.",
                    nameof(name));
            }

            var bytes = Encoding.UTF8.GetBytes(name);
            if (bytes.Length > MaxNameBytes)
            {
                throw new TarNameTooLongException(name, bytes.Length);
            }

            return bytes;
        }

        /// <summary>Adds a directory entry; <paramref name="name"/> ends with '/'.</summary>
        public void AddDirectory(string name)
        {
            CheckOpen();
            WriteHeader(EncodeName(name, directory: true), (byte)'5', DirectoryPermissions, 0);
        }

        /// <summary>
        /// Adds a file streamed from <paramref name="sourcePath"/>. Its size is taken when it is opened; a file that
        /// changes size while it is copied fails with <see cref="SourceReadException"/> (as do read errors).
        /// </summary>
        public void AddFile(string name, string sourcePath, CancellationToken cancellationToken = default)
        {
            CheckOpen();
            var nameBytes = EncodeName(name, directory: false);
            FileStream source;
            long length;
            try
            {
                source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);
                length = source.Length;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(sourcePath, e);
            }

            using (source)
            {
                AddEntry(name, nameBytes, source, length, sourcePath, cancellationToken);
            }
        }

        /// <summary>Adds a file of exactly <paramref name="length"/> bytes read from <paramref name="content"/>.</summary>
        public void AddFile(string name, Stream content, long length, CancellationToken cancellationToken = default)
        {
            CheckOpen();
            AddEntry(name, EncodeName(name, directory: false), content, length, name, cancellationToken);
        }

        /// <summary>Adds a file held in memory.</summary>
        public void AddFile(string name, byte[] content)
        {
            using var stream = new MemoryStream(content, writable: false);
            AddFile(name, stream, content.Length);
        }

        /// <summary>Writes the end-of-archive blocks and the record padding; the tar is complete when this returns.</summary>
        public void Finish()
        {
            CheckOpen();
            _finished = true;
            var end = _position + (2 * BlockSize);
            var padded = (end + RecordSize - 1) / RecordSize * RecordSize;
            WriteZeros(padded - _position);
            _output.Flush();
        }

        /// <summary>The 512-byte header of an entry, as mPaaS writes it (exposed for tests).</summary>
        public static byte[] BuildHeader(byte[] nameBytes, byte type, int mode, long size, long mtime)
        {
            var header = new byte[BlockSize];
            Buffer.BlockCopy(nameBytes, 0, header, 0, nameBytes.Length);
            Octal(header, 100, 8, mode);
            Octal(header, 108, 8, OwnerId);
            Octal(header, 116, 8, OwnerId);
            Octal(header, 124, 12, size);
            Octal(header, 136, 12, mtime);
            header[156] = type;
            Buffer.BlockCopy(OldGnuMagic, 0, header, 257, OldGnuMagic.Length);
            Ascii(header, 265, OwnerName);
            Ascii(header, 297, OwnerName);

            // The checksum is the sum of all header bytes with the checksum field read as eight spaces.
            for (var i = 148; i < 156; i++)
            {
                header[i] = (byte)' ';
            }

            var sum = 0;
            foreach (var b in header)
            {
                sum += b;
            }

            Octal(header, 148, 7, sum);
            header[155] = (byte)' ';
            return header;
        }

        private void AddEntry(string name, byte[] nameBytes, Stream content, long length, string sourceName, CancellationToken cancellationToken)
        {
            if (length > MaxEntrySize)
            {
                throw new TarEntryTooLargeException(name, length);
            }

            if (length < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(length));
            }

            WriteHeader(nameBytes, (byte)'0', FilePermissions, length);
            var remaining = length;
            while (remaining > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = Read(content, (int)Math.Min(_buffer.Length, remaining), sourceName);
                if (read == 0)
                {
                    throw SourceReadException.Shrank(sourceName);
                }

                Write(_buffer, 0, read);
                remaining -= read;
            }

            if (Read(content, 1, sourceName) != 0)
            {
                throw SourceReadException.Grew(sourceName);
            }

            var partial = (int)(length % BlockSize);
            if (partial != 0)
            {
                WriteZeros(BlockSize - partial);
            }
        }

        private int Read(Stream content, int count, string sourceName)
        {
            try
            {
                return content.Read(_buffer, 0, count);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(sourceName, e);
            }
        }

        private void WriteHeader(byte[] nameBytes, byte type, int mode, long size)
        {
            var header = BuildHeader(nameBytes, type, mode, size, _mtime);
            Write(header, 0, header.Length);
        }

        private void WriteZeros(long count)
        {
            Array.Clear(_buffer, 0, (int)Math.Min(count, _buffer.Length));
            while (count > 0)
            {
                var n = (int)Math.Min(count, _buffer.Length);
                Write(_buffer, 0, n);
                count -= n;
            }
        }

        private void Write(byte[] buffer, int offset, int count)
        {
            _output.Write(buffer, offset, count);
            _position += count;
        }

        private void CheckOpen()
        {
            if (_finished)
            {
                throw new InvalidOperationException("The tar is finished.");
            }
        }

        /// <summary>Zero-padded octal in <paramref name="width"/> - 1 digits followed by NUL, as GNU tar writes it.</summary>
        private static void Octal(byte[] header, int offset, int width, long value)
        {
            var digits = width - 1;
            for (var i = digits - 1; i >= 0; i--)
            {
                header[offset + i] = (byte)('0' + (value & 7));
                value >>= 3;
            }

            header[offset + digits] = 0;
        }

        private static void Ascii(byte[] header, int offset, string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            Buffer.BlockCopy(bytes, 0, header, offset, bytes.Length);
        }
    }
}
