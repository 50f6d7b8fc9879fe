using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using OfflinePackage.Archives;

namespace OfflinePackage.Amr
{
    /// <summary>A central-directory record of a zip (APPNOTE 4.3.12).</summary>
    public sealed class AmrZipEntry
    {
        public AmrZipEntry(byte[] nameBytes, ushort flags, ushort method, uint crc, long compressedSize, long size, long localHeaderOffset)
        {
            NameBytes = nameBytes;
            Name = AmrZipReader.DecodeName(nameBytes, flags);
            Flags = flags;
            Method = method;
            Crc = crc;
            CompressedSize = compressedSize;
            Size = size;
            LocalHeaderOffset = localHeaderOffset;
        }

        public string Name { get; }

        /// <summary>The name as stored, compared byte for byte with the local header's.</summary>
        public byte[] NameBytes { get; }

        public ushort Flags { get; }

        public ushort Method { get; }

        public uint Crc { get; }

        public long CompressedSize { get; }

        public long Size { get; }

        public long LocalHeaderOffset { get; }

        /// <summary>Where the entry's data starts (after its local header); set by <see cref="ZipLayout"/>, -1 until then.</summary>
        public long DataOffset { get; set; } = -1;

        /// <summary>Whether the entry's sizes and CRC-32 follow its data in a data descriptor (flag bit 3).</summary>
        public bool HasDataDescriptor => (Flags & 8) != 0;

        /// <summary>Whether the entry is encrypted (flag bit 0).</summary>
        public bool IsEncrypted => (Flags & 1) != 0;
    }

    /// <summary>
    /// Reads a zip as strictly as the clients' unzip does, which System.IO.Compression on netstandard2.0 does not:
    /// every entry's data must inflate to exactly its recorded size and CRC-32 (a damaged deflate stream whose
    /// output merely starts with the right bytes is an error, not a silently truncated success). No Zip64, no
    /// encryption, stored or deflated only. A file that is no zip at all raises <see cref="InvalidDataException"/>;
    /// one that other readers could take differently (see <see cref="ZipLayout"/>) has <see cref="LayoutFindings"/>.
    /// </summary>
    public sealed class AmrZipReader
    {
        internal const uint LocalSignature = 0x04034b50;
        internal const uint CentralSignature = 0x02014b50;
        internal const uint EndSignature = 0x06054b50;
        private const int EndLength = 22;

        private readonly Stream _zip;
        private readonly long _directoryOffset;

        private AmrZipReader(Stream zip, List<AmrZipEntry> entries, List<AmrDetail> layoutFindings, long directoryOffset = 0)
        {
            _zip = zip;
            Entries = entries;
            LayoutFindings = layoutFindings;
            _directoryOffset = directoryOffset;
        }

        /// <summary>The central directory's entries, in its order.</summary>
        public IReadOnlyList<AmrZipEntry> Entries { get; }

        /// <summary>Why the archive is not canonical (ZipNotCanonical findings); when any, no entry may be read.</summary>
        public IReadOnlyList<AmrDetail> LayoutFindings { get; }

        /// <param name="zip">A seekable stream holding the whole archive.</param>
        public static AmrZipReader Open(Stream zip) => Open(zip, checkLocalHeaders: true);

        /// <summary>
        /// The central directory alone, for a caller that needs a few of its entries: none has a
        /// <see cref="AmrZipEntry.DataOffset"/> until <see cref="CheckLocalHeader"/> passes it, and an archive that does
        /// not end in the one comment-free end record has no entries.
        /// </summary>
        internal static AmrZipReader OpenDirectory(Stream zip) => Open(zip, checkLocalHeaders: false);

        /// <summary>
        /// Checks one entry's local header against the directory as <see cref="Open(Stream)"/> checks them all (name,
        /// flags, method, CRC-32 and sizes, inside the file); sets its <see cref="AmrZipEntry.DataOffset"/> when it agrees.
        /// </summary>
        internal bool CheckLocalHeader(AmrZipEntry entry)
        {
            var findings = new List<AmrDetail>();
            if (ZipLayout.CheckLocal(_zip, entry, _directoryOffset, findings) >= 0 && findings.Count == 0)
            {
                return true;
            }

            entry.DataOffset = -1;
            return false;
        }

        private static AmrZipReader Open(Stream zip, bool checkLocalHeaders)
        {
            var length = zip.Length;
            var tailLength = (int)Math.Min(length, EndLength + ushort.MaxValue);
            if (tailLength < EndLength)
            {
                throw new InvalidDataException("The file is too short to be a zip archive.");
            }

            var tail = ReadAt(zip, length - tailLength, tailLength);
            var end = tailLength - EndLength;
            if (U32(tail, end) != EndSignature || U16(tail, end + 20) != 0)
            {
                // Not the one end record, comment-free, that closes an .amr: say why, and read nothing.
                return new AmrZipReader(zip, new List<AmrZipEntry>(), ZipLayout.MisplacedEnd(tail));
            }

            var count = U16(tail, end + 10);
            var directorySize = U32(tail, end + 12);
            var directoryOffset = U32(tail, end + 16);
            if (U16(tail, end + 4) != 0 || U16(tail, end + 6) != 0 || U16(tail, end + 8) != count)
            {
                throw new InvalidDataException("Multi-disk zip archives are not supported.");
            }

            if (count == ushort.MaxValue || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue)
            {
                throw new InvalidDataException("Zip64 archives are not supported.");
            }

            var endOffset = length - EndLength;
            if (directoryOffset + (long)directorySize > endOffset)
            {
                throw new InvalidDataException("The central directory lies outside the file.");
            }

            var directory = ReadAt(zip, directoryOffset, (int)directorySize);
            var entries = new List<AmrZipEntry>(count);
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                if (position + 46 > directory.Length || U32(directory, position) != CentralSignature)
                {
                    throw new InvalidDataException($"Central directory record {i + 1} is damaged.");
                }

                var nameLength = U16(directory, position + 28);
                var next = position + 46 + nameLength + U16(directory, position + 30) + U16(directory, position + 32);
                if (next > directory.Length)
                {
                    throw new InvalidDataException($"Central directory record {i + 1} is damaged.");
                }

                var compressedSize = U32(directory, position + 20);
                var size = U32(directory, position + 24);
                var localOffset = U32(directory, position + 42);
                if (compressedSize == uint.MaxValue || size == uint.MaxValue || localOffset == uint.MaxValue)
                {
                    throw new InvalidDataException("Zip64 archives are not supported.");
                }

                var nameBytes = new byte[nameLength];
                Array.Copy(directory, position + 46, nameBytes, 0, nameLength);
                entries.Add(new AmrZipEntry(
                    nameBytes,
                    U16(directory, position + 8),
                    U16(directory, position + 10),
                    U32(directory, position + 16),
                    compressedSize,
                    size,
                    localOffset));
                position = next;
            }

            if (!checkLocalHeaders)
            {
                return new AmrZipReader(zip, entries, new List<AmrDetail>(), directoryOffset);
            }

            var findings = ZipLayout.Check(zip, entries, directoryOffset, directorySize, directory.Length - position, endOffset);
            return new AmrZipReader(zip, entries, findings);
        }

        /// <summary>
        /// The entry's uncompressed data, checked as it is read: reading past the recorded size, or reaching the end
        /// with another size or CRC-32, throws <see cref="InvalidDataException"/>. Only for an archive without
        /// <see cref="LayoutFindings"/>, whose every local header has been checked against its entry. With
        /// <paramref name="inflateAhead"/> the entry is inflated on a thread of its own (<see cref="ReadAheadStream"/>)
        /// while the caller's thread checks (CRC-32) and uses it: for a large entry, two cores instead of one.
        /// </summary>
        public Stream Open(AmrZipEntry entry, bool inflateAhead = false)
        {
            if (LayoutFindings.Count > 0 || entry.DataOffset < 0)
            {
                throw new InvalidOperationException("the entries of an ambiguous archive are not read");
            }

            if (entry.IsEncrypted)
            {
                throw new InvalidDataException("The entry is encrypted.");
            }

            if (entry.Method != CompressedEntry.Stored && entry.Method != CompressedEntry.Deflated)
            {
                throw new InvalidDataException($"The entry uses compression method {entry.Method}; only stored and deflated are read.");
            }

            Stream data = new Window(_zip, entry.DataOffset, entry.CompressedSize);
            if (entry.Method == CompressedEntry.Deflated)
            {
                data = new DeflateStream(data, CompressionMode.Decompress);
            }

            return new CheckedStream(inflateAhead ? new ReadAheadStream(data) : data, entry.Size, entry.Crc);
        }

        internal static string DecodeName(byte[] bytes, ushort flags) =>
            (flags & (1 << 11)) != 0
                ? new UTF8Encoding(false, false).GetString(bytes)
                : Encoding.GetEncoding("ISO-8859-1").GetString(bytes);

        internal static byte[] ReadAt(Stream stream, long offset, int count)
        {
            if (offset < 0 || offset + count > stream.Length)
            {
                throw new InvalidDataException("A zip record lies outside the file.");
            }

            stream.Position = offset;
            var bytes = new byte[count];
            var total = 0;
            while (total < count)
            {
                var read = stream.Read(bytes, total, count - total);
                if (read == 0)
                {
                    throw new InvalidDataException("The zip archive ends early.");
                }

                total += read;
            }

            return bytes;
        }

        internal static ushort U16(byte[] b, int at) => (ushort)(b[at] | (b[at + 1] << 8));

        internal static uint U32(byte[] b, int at) => (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));

        /// <summary>A read-only view of a range of another stream (which it seeks, and does not close).</summary>
        private sealed class Window : ForwardReadStream
        {
            private readonly Stream _inner;
            private readonly long _start;
            private readonly long _length;
            private long _position;

            public Window(Stream inner, long start, long length)
            {
                _inner = inner;
                _start = start;
                _length = length;
            }

            public override long Length => _length;

            public override long Position
            {
                get => _position;
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var wanted = (int)Math.Min(count, _length - _position);
                if (wanted <= 0)
                {
                    return 0;
                }

                _inner.Position = _start + _position;
                var read = _inner.Read(buffer, offset, wanted);
                _position += read;
                return read;
            }
        }

        /// <summary>Counts and CRCs what is read; at the end the count and CRC must be the recorded ones.</summary>
        private sealed class CheckedStream : ForwardReadStream
        {
            private readonly Stream _inner;
            private readonly long _size;
            private readonly uint _crc;
            private readonly Crc32 _actual = new Crc32();
            private long _read;

            public CheckedStream(Stream inner, long size, uint crc)
            {
                _inner = inner;
                _size = size;
                _crc = crc;
            }

            public override long Length => _size;

            public override long Position
            {
                get => _read;
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var read = _inner.Read(buffer, offset, count);
                if (read == 0)
                {
                    if (_read != _size)
                    {
                        throw new InvalidDataException($"The entry holds {_read} bytes, not the {_size} its header records.");
                    }

                    if (_actual.Value != _crc)
                    {
                        throw new InvalidDataException("The entry's CRC-32 does not match its data.");
                    }

                    return 0;
                }

                _read += read;
                if (_read > _size)
                {
                    throw new InvalidDataException($"The entry holds more than the {_size} bytes its header records.");
                }

                _actual.Append(buffer, offset, read);
                return read;
            }


            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
