using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OfflinePackage.Diagnostics;
using static OfflinePackage.Amr.AmrZipReader;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// Accounts for every byte of a zip, so that every reader takes the same archive from it (Info-ZIP, Python and Java
    /// take the last end record, Android's ZipInputStream walks local headers from byte 0, others trust the central
    /// directory): one end record, the file's last 22 bytes, without a comment; the central directory directly before
    /// it; local entries from byte 0, in the directory's order, without gaps or overlaps, each local header agreeing with
    /// its directory record (name, flags, method, CRC-32, sizes, and any data descriptor). Each violation is one
    /// ZipNotCanonical finding; an archive with any is refused without reading its entries.
    /// </summary>
    internal static class ZipLayout
    {
        private const uint DescriptorSignature = 0x08074b50;
        private const int EndLength = 22;

        /// <summary>
        /// Why the file's last 22 bytes are not a comment-free end record, given the file's last bytes (up to the
        /// longest comment and an end record); a file without any end record is no zip at all.
        /// </summary>
        public static List<AmrDetail> MisplacedEnd(byte[] tail)
        {
            for (var at = tail.Length - EndLength; at >= 0; at--)
            {
                if (U32(tail, at) == EndSignature && at + EndLength + U16(tail, at + 20) == tail.Length)
                {
                    var findings = new List<AmrDetail> { Finding(null, Texts.AmrDetail_ZipHasComment.With(U16(tail, at + 20))) };
                    if (Holds(tail, at + EndLength, EndSignature) || Holds(tail, at + EndLength, CentralSignature))
                    {
                        findings.Add(Finding(null, Texts.AmrDetail_ZipCommentHidesRecords));
                    }

                    return findings;
                }
            }

            for (var at = tail.Length - EndLength; at >= 0; at--)
            {
                if (U32(tail, at) == EndSignature)
                {
                    var after = tail.Length - at - EndLength;
                    return new List<AmrDetail>
                    {
                        after == 0
                            ? Finding(null, Texts.AmrDetail_ZipCommentMissing.With(U16(tail, at + 20)))
                            : Finding(null, Texts.AmrDetail_ZipBytesAfterEnd.With(after)),
                    };
                }
            }

            throw new InvalidDataException("No end-of-central-directory record was found.");
        }

        /// <summary>
        /// The violations of an archive whose end record closes the file; sets each entry's
        /// <see cref="AmrZipEntry.DataOffset"/> from its checked local header.
        /// </summary>
        /// <param name="directoryTrailing">Bytes of the central directory after its last record.</param>
        public static List<AmrDetail> Check(Stream zip, List<AmrZipEntry> entries, long directoryOffset, long directorySize, int directoryTrailing, long endOffset)
        {
            var findings = new List<AmrDetail>();
            if (directoryOffset + directorySize != endOffset)
            {
                findings.Add(Finding(null, Texts.AmrDetail_ZipDirectoryNotBeforeEnd.With(directoryOffset, directorySize, endOffset)));
            }

            if (directoryTrailing > 0)
            {
                findings.Add(Finding(null, Texts.AmrDetail_ZipDirectoryTrailingBytes.With(directoryTrailing)));
            }

            var inFileOrder = entries.OrderBy(e => e.LocalHeaderOffset).ToList();
            if (!inFileOrder.SequenceEqual(entries))
            {
                findings.Add(Finding(null, Texts.AmrDetail_ZipOrder));
            }

            long accounted = 0;
            foreach (var entry in inFileOrder)
            {
                if (entry.LocalHeaderOffset > accounted)
                {
                    findings.Add(Unaccounted(zip, accounted, entry.LocalHeaderOffset));
                }
                else if (entry.LocalHeaderOffset < accounted)
                {
                    findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipOverlap.With(entry.LocalHeaderOffset, accounted)));
                }

                var end = CheckLocal(zip, entry, directoryOffset, findings);
                if (end < 0)
                {
                    return findings;
                }

                accounted = Math.Max(accounted, end);
            }

            if (accounted < directoryOffset)
            {
                findings.Add(Unaccounted(zip, accounted, directoryOffset));
            }

            return findings;
        }

        /// <summary>Checks the local header (and data descriptor) of <paramref name="entry"/>; returns where the entry ends, or -1 when it has no local header.</summary>
        internal static long CheckLocal(Stream zip, AmrZipEntry entry, long directoryOffset, List<AmrDetail> findings)
        {
            var offset = entry.LocalHeaderOffset;
            var header = offset + 30 <= directoryOffset ? ReadAt(zip, offset, 30) : null;
            if (header == null || U32(header, 0) != LocalSignature)
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalHeaderMissing.With(offset)));
                return -1;
            }

            var nameLength = U16(header, 26);
            var dataOffset = offset + 30 + nameLength + U16(header, 28);
            if (dataOffset > directoryOffset)
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipEntryRunsIntoDirectory.With(dataOffset, directoryOffset)));
                return -1;
            }

            var flags = U16(header, 6);
            var name = ReadAt(zip, offset + 30, nameLength);
            if (!name.SequenceEqual(entry.NameBytes))
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalNameDiffers.With(DecodeName(name, flags))));
            }

            if (flags != entry.Flags)
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalFlagsDiffer.With(Hex(flags, 4), Hex(entry.Flags, 4))));
            }

            if (U16(header, 8) != entry.Method)
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalMethodDiffers.With(U16(header, 8), entry.Method)));
            }

            // With a data descriptor the local header may leave CRC-32 and sizes zero: they follow the data.
            bool Agrees(uint local, long central) => local == central || (entry.HasDataDescriptor && local == 0);
            if (!Agrees(U32(header, 14), entry.Crc))
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalCrcDiffers.With(Hex(U32(header, 14), 8), Hex(entry.Crc, 8))));
            }

            if (!Agrees(U32(header, 18), entry.CompressedSize))
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalCompressedSizeDiffers.With(U32(header, 18), entry.CompressedSize)));
            }

            if (!Agrees(U32(header, 22), entry.Size))
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipLocalSizeDiffers.With(U32(header, 22), entry.Size)));
            }

            var end = dataOffset + entry.CompressedSize;
            if (entry.HasDataDescriptor && end + 12 <= directoryOffset)
            {
                var descriptor = ReadAt(zip, end, (int)Math.Min(16, directoryOffset - end));
                var skip = descriptor.Length == 16 && U32(descriptor, 0) == DescriptorSignature ? 4 : 0;
                uint crc = U32(descriptor, skip), compressedSize = U32(descriptor, skip + 4), size = U32(descriptor, skip + 8);
                if (crc != entry.Crc || compressedSize != entry.CompressedSize || size != entry.Size)
                {
                    findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipDataDescriptorDiffers.With(Hex(crc, 8), compressedSize, size, Hex(entry.Crc, 8), entry.CompressedSize, entry.Size)));
                }

                end += skip + 12;
            }
            else if (entry.HasDataDescriptor)
            {
                end += 12;
            }

            if (end > directoryOffset)
            {
                findings.Add(Finding(entry.Name, Texts.AmrDetail_ZipEntryRunsIntoDirectory.With(end, directoryOffset)));
                return -1;
            }

            entry.DataOffset = dataOffset;
            return end;
        }

        /// <summary>Bytes between <paramref name="from"/> and <paramref name="to"/> that no listed entry holds.</summary>
        private static AmrDetail Unaccounted(Stream zip, long from, long to) =>
            to - from >= 4 && U32(ReadAt(zip, from, 4), 0) == LocalSignature
                ? Finding(null, Texts.AmrDetail_ZipUnlistedEntry.With(from, to))
                : Finding(null, Texts.AmrDetail_ZipGap.With(from, to));

        private static bool Holds(byte[] bytes, int from, uint signature)
        {
            for (var at = from; at + 4 <= bytes.Length; at++)
            {
                if (U32(bytes, at) == signature)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Hex(long value, int digits) => "0x" + value.ToString("X" + digits, System.Globalization.CultureInfo.InvariantCulture);

        private static AmrDetail Finding(string? entry, string text) =>
            new AmrDetail(AmrFindingKind.ZipNotCanonical, entry, null, text);
    }
}
