using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// Walks a tar stream header by header (never holding content) and reports what an mPaaS client may not
    /// read: damaged headers, formats other than old-GNU/ustar, extension records, names over 100 bytes,
    /// entries other than files and directories, unsafe and duplicate names.
    /// </summary>
    internal sealed class TarInspector
    {
        private const int BlockSize = 512;

        private readonly string _tarName;
        private readonly List<AmrDetail> _findings;
        private readonly byte[] _block = new byte[BlockSize];
        private readonly byte[] _data = new byte[1 << 16];
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private long _offset;

        private TarInspector(string tarName, List<AmrDetail> findings)
        {
            _tarName = tarName;
            _findings = findings;
        }

        /// <summary>Reads the tar from <paramref name="tar"/> up to its end-of-archive marker; returns the entry names.</summary>
        /// <exception cref="InvalidDataException">The underlying (zip) stream is damaged.</exception>
        public static List<string> Inspect(Stream tar, string tarName, List<AmrDetail> findings, CancellationToken cancellationToken)
        {
            var inspector = new TarInspector(tarName, findings);
            var names = new List<string>();
            inspector.Run(tar, names, cancellationToken);
            return names;
        }

        private void Run(Stream tar, List<string> names, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var headerOffset = _offset;
                var read = ReadBlock(tar);
                if (read == 0)
                {
                    return;
                }

                if (read < BlockSize)
                {
                    _findings.Add(new AmrDetail(AmrFindingKind.TarInvalid, _tarName, null, Texts.AmrDetail_TarTruncatedHeader.With(headerOffset)));
                    return;
                }

                if (IsZero(_block))
                {
                    CheckOnlyZerosFollow(tar, headerOffset, cancellationToken);
                    return;
                }

                if (!ChecksumMatches(_block))
                {
                    _findings.Add(new AmrDetail(AmrFindingKind.TarInvalid, _tarName, null, Texts.AmrDetail_TarChecksumWrong.With(headerOffset)));
                    return;
                }

                var name = Text(0, 100);
                var magic = Encoding.ASCII.GetString(_block, 257, 8);
                var posix = magic == "ustar\0" + "00";
                if (!posix && magic != "ustar  \0")
                {
                    var format = magic.StartsWith("ustar", StringComparison.Ordinal) ? Texts.AmrDetail_TarMagicUnknown : Texts.AmrDetail_TarPrePosix;
                    _findings.Add(new AmrDetail(AmrFindingKind.TarUnsupportedFormat, _tarName, name, format));
                }

                if (posix && _block[345] != 0)
                {
                    name = Text(345, 155) + "/" + name;
                    _findings.Add(new AmrDetail(AmrFindingKind.TarNameTooLong, _tarName, name, Texts.AmrDetail_TarNameTooLong.With(Encoding.UTF8.GetByteCount(name))));
                }

                var size = Number(124, 12);
                if (size < 0)
                {
                    _findings.Add(new AmrDetail(AmrFindingKind.TarInvalid, _tarName, name, Texts.AmrDetail_TarSizeInvalid.With(headerOffset)));
                    return;
                }

                var type = (char)_block[156];
                switch (type)
                {
                    case '0':
                    case '\0':
                    case '5':
                        CheckName(name, type == '5');
                        names.Add(name);
                        break;
                    case 'L':
                    case 'K':
                        _findings.Add(new AmrDetail(AmrFindingKind.TarExtensionRecord, _tarName, name, Texts.AmrDetail_TarGnuLongName.With(type)));
                        break;
                    case 'x':
                    case 'g':
                        _findings.Add(new AmrDetail(AmrFindingKind.TarExtensionRecord, _tarName, name, Texts.AmrDetail_TarPaxHeader.With(type)));
                        break;
                    default:
                        _findings.Add(new AmrDetail(AmrFindingKind.TarUnsupportedEntry, _tarName, name, UnsupportedEntryText(type).With(TypeCode(type))));
                        break;
                }

                if (!SkipData(tar, (size + BlockSize - 1) / BlockSize * BlockSize, cancellationToken))
                {
                    _findings.Add(new AmrDetail(AmrFindingKind.TarInvalid, _tarName, name, Texts.AmrDetail_TarTruncatedData));
                    return;
                }
            }
        }

        /// <summary>
        /// Reads past an entry's data (whole blocks) in large reads: the streams below hash and check every read, and
        /// doing that a block at a time cost more than the hashing itself. False when the tar ends first.
        /// </summary>
        private bool SkipData(Stream tar, long length, CancellationToken cancellationToken)
        {
            while (length > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = tar.Read(_data, 0, (int)Math.Min(length, _data.Length));
                if (read == 0)
                {
                    return false;
                }

                _offset += read;
                length -= read;
            }

            return true;
        }

        /// <summary>After the end-of-archive marker only zeros (the padding to a record): anything else another reader may unpack.</summary>
        private void CheckOnlyZerosFollow(Stream tar, long markerOffset, CancellationToken cancellationToken)
        {
            for (var blocks = 0L; ReadBlock(tar) > 0; blocks++)
            {
                if (blocks % 64 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!IsZero(_block))
                {
                    _findings.Add(new AmrDetail(AmrFindingKind.TarInvalid, _tarName, null, Texts.AmrDetail_TarDataAfterEnd.With(markerOffset)));
                    return;
                }
            }
        }

        private void CheckName(string name, bool directory)
        {
            var path = directory && name.EndsWith("/", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
            string? problem =
                path.Length == 0 ? Texts.AmrDetail_TarNameEmpty
                : path.StartsWith("/", StringComparison.Ordinal) ? Texts.AmrDetail_TarNameAbsolute
                : path.IndexOf('\\') >= 0 ? Texts.AmrDetail_TarNameBackslash
                : ArchiveFolders.HasEmptyOrDotSegment(path) ? Texts.AmrDetail_TarNameDotSegment
                : null;
            if (problem != null)
            {
                _findings.Add(new AmrDetail(AmrFindingKind.TarUnsafeName, _tarName, name, problem));
            }

            if (!_seen.Add(path))
            {
                _findings.Add(new AmrDetail(AmrFindingKind.TarDuplicateName, _tarName, name, Texts.AmrDetail_TarDuplicateName));
            }
        }

        private int ReadBlock(Stream tar)
        {
            var total = 0;
            while (total < BlockSize)
            {
                var read = tar.Read(_block, total, BlockSize - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            _offset += total;
            return total;
        }

        private string Text(int offset, int length)
        {
            var end = offset;
            while (end < offset + length && _block[end] != 0)
            {
                end++;
            }

            return Encoding.UTF8.GetString(_block, offset, end - offset);
        }

        /// <summary>An octal field (leading spaces, ended by NUL or space) or GNU base-256; -1 when invalid.</summary>
        private long Number(int offset, int length)
        {
            if ((_block[offset] & 0x80) != 0)
            {
                if (_block[offset] != 0x80)
                {
                    return -1;
                }

                long big = 0;
                for (var i = offset + 1; i < offset + length; i++)
                {
                    if (big > (long.MaxValue >> 8))
                    {
                        return -1;
                    }

                    big = (big << 8) | _block[i];
                }

                return big;
            }

            var at = offset;
            var end = offset + length;
            while (at < end && _block[at] == ' ')
            {
                at++;
            }

            long value = 0;
            var digits = 0;
            for (; at < end && _block[at] != 0 && _block[at] != ' '; at++)
            {
                var c = _block[at];
                if (c < '0' || c > '7' || value > (long.MaxValue >> 3))
                {
                    return -1;
                }

                value = (value << 3) | (uint)(c - '0');
                digits++;
            }

            for (; at < end; at++)
            {
                if (_block[at] != 0 && _block[at] != ' ')
                {
                    return -1;
                }
            }

            return digits == 0 ? 0 : value;
        }

        private bool ChecksumMatches(byte[] header)
        {
            var stored = Number(148, 8);
            long unsigned = 0;
            long signed = 0;
            for (var i = 0; i < BlockSize; i++)
            {
                var b = i >= 148 && i < 156 ? (byte)' ' : header[i];
                unsigned += b;
                signed += (sbyte)b;
            }

            return stored >= 0 && (stored == unsigned || stored == signed);
        }

        private static bool IsZero(byte[] block)
        {
            foreach (var b in block)
            {
                if (b != 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The detail of an entry of this type, neither a regular file nor a directory; its {0} is <see cref="TypeCode"/>.</summary>
        private static string UnsupportedEntryText(char type) => type switch
        {
            '1' => Texts.AmrDetail_TarHardLink,
            '2' => Texts.AmrDetail_TarSymbolicLink,
            '3' => Texts.AmrDetail_TarCharacterDevice,
            '4' => Texts.AmrDetail_TarBlockDevice,
            '6' => Texts.AmrDetail_TarFifo,
            '7' => Texts.AmrDetail_TarContiguousFile,
            'S' => Texts.AmrDetail_TarGnuSparseFile,
            'D' => Texts.AmrDetail_TarGnuDirectoryDump,
            'M' => Texts.AmrDetail_TarGnuMultiVolume,
            'V' => Texts.AmrDetail_TarGnuVolumeLabel,
            _ => Texts.AmrDetail_TarUnknownType,
        };

        /// <summary>A tar type flag as shown to users: quoted when printable ('2'), else in hexadecimal (0x1B).</summary>
        private static string TypeCode(char type) =>
            type >= ' ' && type < 0x7F
                ? "'" + type + "'"
                : "0x" + ((int)type).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
    }
}
