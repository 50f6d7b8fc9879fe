using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Writes a zip whose bytes depend only on the entries given and their content: one fixed timestamp,
    /// Unix "made by" with fixed permissions (0644 files, 0755 folders), no extra fields, no comments.
    /// Content is streamed through a buffer, never held whole in memory. The caller gives entries in order.
    /// </summary>
    public sealed class DeterministicZipWriter
    {
        private const uint LocalHeaderSignature = 0x04034b50;
        private const uint CentralHeaderSignature = 0x02014b50;
        private const uint EndOfCentralDirectorySignature = 0x06054b50;
        private const ushort VersionMadeByUnix = (3 << 8) | 20;
        private const ushort VersionNeededStored = 10;
        private const ushort VersionNeededDeflate = 20;
        private const ushort FlagUtf8Names = 1 << 11;
        private const ushort MethodStored = 0;
        private const ushort MethodDeflate = 8;
        private const uint FileAttributes = 0x81A4u << 16;               // S_IFREG | 0644
        private const uint FolderAttributes = (0x41EDu << 16) | 0x10;    // S_IFDIR | 0755, MS-DOS directory bit
        private const int BufferSize = 81920;

        private readonly Stream _output;
        private readonly ushort _dosTime;
        private readonly ushort _dosDate;
        private readonly CompressionLevel _level;
        private readonly List<CentralEntry> _entries = new List<CentralEntry>();
        private readonly byte[] _buffer = new byte[BufferSize];
        private CentralEntry? _open;

        /// <param name="output">A seekable stream: sizes and CRC are written back into each local header.</param>
        public DeterministicZipWriter(Stream output, DateTime timestamp, CompressionLevel level = CompressionLevel.Optimal)
        {
            if (!output.CanSeek)
            {
                throw new ArgumentException("The zip output must be seekable.", nameof(output));
            }

            _output = output;
            (_dosTime, _dosDate) = ArchiveTimestamp.ToDos(timestamp);
            _level = level;
        }

        public void AddDirectory(string name)
        {
            if (!name.EndsWith("/", StringComparison.Ordinal))
            {
                name += "/";
            }

            var entry = new CentralEntry(name, MethodStored, VersionNeededStored, FolderAttributes, CheckedOffset());
            WriteLocalHeader(entry);
            _entries.Add(entry);
        }

        /// <summary>
        /// Adds a file, streamed: deflated, or stored when <paramref name="store"/> is set or deflate would not make
        /// it smaller (as zip -r does; a seekable <paramref name="content"/> is then read again).
        /// A read failure of <paramref name="content"/> surfaces as <see cref="SourceReadException"/>.
        /// </summary>
        public void AddFile(string name, Stream content, CancellationToken cancellationToken = default, bool store = false)
        {
            BeginEntry(name);
            uint crc;
            long size;
            if (store)
            {
                (crc, size) = CopySource(content, name, _output, cancellationToken);
            }
            else
            {
                using (var deflate = new DeflateStream(_output, _level, leaveOpen: true))
                {
                    (crc, size) = CopySource(content, name, deflate, cancellationToken);
                }

                if (_output.Position - _open!.DataStart >= size && content.CanSeek)
                {
                    content.Position = 0;
                    StoreInstead(content, cancellationToken);
                    store = true;
                }
            }

            EndEntry(!store, crc, size);
        }

        /// <summary>
        /// Adds a file whose data is ready, e.g. deflated on another thread: <paramref name="count"/> bytes of
        /// <paramref name="data"/>, deflated or stored as they are. Sizes and CRC are known up front, so the header is
        /// written once: no seek back, no buffer flush.
        /// </summary>
        public void AddPrepared(string name, bool deflated, uint crc, long size, byte[] data, int offset, int count)
        {
            var entry = PreparedEntry(name, deflated, crc, size, count);
            WriteLocalHeader(entry);
            _output.Write(data, offset, count);
            CheckedOffset();
            _entries.Add(entry);
        }

        /// <summary>As the other overload, with the data read from <paramref name="data"/>: exactly <paramref name="count"/> bytes.</summary>
        public void AddPrepared(string name, bool deflated, uint crc, long size, Stream data, long count, CancellationToken cancellationToken = default)
        {
            var entry = PreparedEntry(name, deflated, crc, size, count);
            WriteLocalHeader(entry);
            var remaining = count;
            while (remaining > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = data.Read(_buffer, 0, (int)Math.Min(_buffer.Length, remaining));
                if (read == 0)
                {
                    throw new EndOfStreamException("The prepared data of '" + name + "' ended early.");
                }

                _output.Write(_buffer, 0, read);
                remaining -= read;
            }

            CheckedOffset();
            _entries.Add(entry);
        }

        /// <summary>
        /// Starts a file whose data is written in parts with <see cref="WriteEntryData"/> and whose sizes and CRC are
        /// known at <see cref="EndEntry"/>, which writes them back into the local header.
        /// </summary>
        public void BeginEntry(string name)
        {
            if (_open != null)
            {
                throw new InvalidOperationException("An entry is open.");
            }

            _open = new CentralEntry(name, MethodDeflate, VersionNeededDeflate, FileAttributes, CheckedOffset());
            WriteLocalHeader(_open);
            _open.DataStart = _output.Position;
        }

        public void WriteEntryData(byte[] data, int offset, int count) => _output.Write(data, offset, count);

        /// <summary>Bytes written for the open entry so far.</summary>
        public long EntryDataLength => _output.Position - _open!.DataStart;

        /// <summary>
        /// Drops the data written for the open entry and copies <paramref name="content"/> instead, stored: for data
        /// that deflate did not make smaller. Returns the CRC and size of what was copied.
        /// </summary>
        public (uint Crc, long Size) StoreInstead(Stream content, CancellationToken cancellationToken = default)
        {
            _output.SetLength(_open!.DataStart);
            _output.Position = _open.DataStart;
            return CopySource(content, _open.Name, _output, cancellationToken);
        }

        /// <summary>Completes the open entry: its data is what was written since <see cref="BeginEntry"/>.</summary>
        public void EndEntry(bool deflated, uint crc, long size)
        {
            var entry = _open!;
            _open = null;
            entry.Method = deflated ? MethodDeflate : MethodStored;
            entry.VersionNeeded = deflated ? VersionNeededDeflate : VersionNeededStored;
            entry.Crc = crc;
            entry.CompressedSize = CheckedSize(_output.Position - entry.DataStart);
            entry.Size = CheckedSize(size);
            var end = _output.Position;
            _output.Position = entry.LocalHeaderOffset;
            WriteLocalHeader(entry);
            _output.Position = end;
            _entries.Add(entry);
        }

        private CentralEntry PreparedEntry(string name, bool deflated, uint crc, long size, long count)
        {
            if (_open != null)
            {
                throw new InvalidOperationException("An entry is open.");
            }

            return new CentralEntry(
                name,
                deflated ? MethodDeflate : MethodStored,
                deflated ? VersionNeededDeflate : VersionNeededStored,
                FileAttributes,
                CheckedOffset())
            {
                Crc = crc,
                CompressedSize = CheckedSize(count),
                Size = CheckedSize(size),
            };
        }

        private (uint Crc, long Size) CopySource(Stream content, string name, Stream destination, CancellationToken cancellationToken)
        {
            var crc = new Crc32();
            long size = 0;
            int read;
            while ((read = ReadSource(content, name)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                crc.Append(_buffer, 0, read);
                destination.Write(_buffer, 0, read);
                size += read;
            }

            return (crc.Value, size);
        }

        /// <summary>Writes the central directory; the archive is complete when this returns.</summary>
        public void Finish()
        {
            if (_open != null)
            {
                throw new InvalidOperationException("An entry is open.");
            }

            // 0xFFFF and 0xFFFFFFFF are Zip64 markers, so the largest plain values are one less.
            if (_entries.Count >= ushort.MaxValue)
            {
                throw new ZipLimitException(_entries.Count, 0);
            }

            var centralStart = CheckedOffset();
            foreach (var entry in _entries)
            {
                WriteCentralHeader(entry);
            }

            var centralSize = _output.Position - centralStart;
            var count = (ushort)_entries.Count;
            var writer = new HeaderWriter(_output);
            writer.UInt32(EndOfCentralDirectorySignature);
            writer.UInt16(0);
            writer.UInt16(0);
            writer.UInt16(count);
            writer.UInt16(count);
            writer.UInt32(CheckedSize(centralSize));
            writer.UInt32(centralStart);
            writer.UInt16(0);
            _output.Flush();
        }

        private int ReadSource(Stream content, string name)
        {
            try
            {
                return content.Read(_buffer, 0, _buffer.Length);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(name, e);
            }
        }

        private void WriteLocalHeader(CentralEntry entry)
        {
            var writer = new HeaderWriter(_output);
            writer.UInt32(LocalHeaderSignature);
            WriteSharedFields(writer, entry);
            writer.UInt16(0);
            writer.Bytes(entry.NameBytes);
        }

        private void WriteCentralHeader(CentralEntry entry)
        {
            var writer = new HeaderWriter(_output);
            writer.UInt32(CentralHeaderSignature);
            writer.UInt16(VersionMadeByUnix);
            WriteSharedFields(writer, entry);
            writer.UInt16(0);
            writer.UInt16(0);
            writer.UInt16(0);
            writer.UInt16(0);
            writer.UInt32(entry.ExternalAttributes);
            writer.UInt32(entry.LocalHeaderOffset);
            writer.Bytes(entry.NameBytes);
        }

        /// <summary>The fields local and central headers share, from "version needed" to the name length.</summary>
        private void WriteSharedFields(HeaderWriter writer, CentralEntry entry)
        {
            writer.UInt16(entry.VersionNeeded);
            writer.UInt16(entry.Flags);
            writer.UInt16(entry.Method);
            writer.UInt16(_dosTime);
            writer.UInt16(_dosDate);
            writer.UInt32(entry.Crc);
            writer.UInt32(entry.CompressedSize);
            writer.UInt32(entry.Size);
            writer.UInt16((ushort)entry.NameBytes.Length);
        }

        private uint CheckedOffset() => CheckedSize(_output.Position);

        private static uint CheckedSize(long value) =>
            value < uint.MaxValue ? (uint)value : throw new ZipLimitException(0, value);

        private sealed class CentralEntry
        {
            public CentralEntry(string name, ushort method, ushort versionNeeded, uint externalAttributes, uint localHeaderOffset)
            {
                Name = name;
                NameBytes = Encoding.UTF8.GetBytes(name);
                Flags = NameBytes.Length == name.Length ? (ushort)0 : FlagUtf8Names;
                Method = method;
                VersionNeeded = versionNeeded;
                ExternalAttributes = externalAttributes;
                LocalHeaderOffset = localHeaderOffset;
            }

            public string Name { get; }

            public byte[] NameBytes { get; }

            public ushort Flags { get; }

            public ushort Method { get; set; }

            public ushort VersionNeeded { get; set; }

            public uint ExternalAttributes { get; }

            public uint LocalHeaderOffset { get; }

            public uint Crc { get; set; }

            public uint CompressedSize { get; set; }

            public uint Size { get; set; }

            /// <summary>Where the data of an entry begun with <see cref="BeginEntry"/> starts.</summary>
            public long DataStart { get; set; }
        }
    }
}
