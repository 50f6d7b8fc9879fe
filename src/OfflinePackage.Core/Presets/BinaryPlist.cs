using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// bplist00: "bplist00", the objects, an offset table, and a 32-byte trailer (offset size, object
    /// reference size, object count, top object, offset table offset). Every read is bounds-checked; reference
    /// cycles and excessive nesting are rejected; shared objects are read once.
    /// </summary>
    internal sealed class BinaryPlist
    {
        private static readonly DateTime Epoch = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>Seconds from the 2001 epoch to DateTime.MinValue and MaxValue (whole seconds inside the range).</summary>
        private static readonly double MinDateSeconds = Math.Ceiling((DateTime.MinValue - Epoch).TotalSeconds) + 1;

        private static readonly double MaxDateSeconds = Math.Floor((DateTime.MaxValue - Epoch).TotalSeconds) - 1;

        private readonly byte[] data;
        private readonly Dictionary<long, PlistValue> read = new Dictionary<long, PlistValue>();
        private readonly HashSet<long> inProgress = new HashSet<long>();
        private int offsetSize;
        private int refSize;
        private long objectCount;
        private long offsetTable;
        private long objectsEnd;

        public BinaryPlist(byte[] data)
        {
            this.data = data;
        }

        /// <exception cref="PlistFormatException">The bytes are not a well-formed bplist00.</exception>
        public PlistValue ReadRoot()
        {
            const int header = 8;
            const int trailerSize = 32;
            if (data.Length < header + 1 + trailerSize)
            {
                throw new PlistFormatException("PlistError_TooShortBytes", Number(data.Length));
            }

            var trailer = data.Length - trailerSize;
            offsetSize = data[trailer + 6];
            refSize = data[trailer + 7];
            objectCount = ReadUnsigned(trailer + 8, 8, "PlistPart_ObjectCount");
            var top = ReadUnsigned(trailer + 16, 8, "PlistPart_TopObject");
            offsetTable = ReadUnsigned(trailer + 24, 8, "PlistPart_OffsetTableOffset");
            if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8)
            {
                throw new PlistFormatException("PlistError_TrailerSizes", Number(offsetSize), Number(refSize));
            }

            if (objectCount < 1 || objectCount > data.Length)
            {
                throw new PlistFormatException("PlistError_TrailerObjectCount", Number(objectCount));
            }

            if (top >= objectCount)
            {
                throw new PlistFormatException("PlistError_TrailerTopObject", Number(top), Number(objectCount));
            }

            if (offsetTable < header + 1 || offsetTable > trailer || objectCount * offsetSize > trailer - offsetTable)
            {
                throw new PlistFormatException("PlistError_TrailerOffsetTable", Number(offsetTable));
            }

            objectsEnd = offsetTable;
            return ReadObject(top, 1);
        }

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static PlistFormatException Bad(long offset, byte marker) =>
            new PlistFormatException("PlistError_UnknownMarker", marker.ToString("x2", CultureInfo.InvariantCulture), Number(offset));

        private PlistValue ReadObject(long reference, int depth)
        {
            if (reference < 0 || reference >= objectCount)
            {
                throw new PlistFormatException("PlistError_ReferenceOutOfRange", Number(reference));
            }

            if (read.TryGetValue(reference, out var done))
            {
                return done;
            }

            if (depth > PlistReader.MaxDepth)
            {
                throw new PlistFormatException("PlistError_TooDeep", Number(PlistReader.MaxDepth));
            }

            if (!inProgress.Add(reference))
            {
                throw new PlistFormatException("PlistError_ObjectContainsItself", Number(reference));
            }

            var offset = ReadUnsigned(offsetTable + (reference * offsetSize), offsetSize, "PlistPart_Offset");
            if (offset < 8 || offset >= objectsEnd)
            {
                throw new PlistFormatException("PlistError_ObjectOffset", Number(reference), Number(offset));
            }

            var value = ReadAt(offset, depth);
            inProgress.Remove(reference);
            read[reference] = value;
            return value;
        }

        private PlistValue ReadAt(long offset, int depth)
        {
            var marker = data[offset];
            var info = marker & 0x0F;
            var position = offset + 1;
            switch (marker >> 4)
            {
                case 0x0:
                    return info == 0x0 ? PlistValue.Null : info == 0x8 || info == 0x9 ? PlistValue.Boolean : throw Bad(offset, marker);
                case 0x1 when info <= 4:
                    // 1, 2, 4, 8 or 16 bytes; the small ones within the file, the large ones within the object area.
                    Need(position, 1 << info, (1 << info) <= 4 ? "PlistPart_Integer" : "PlistPart_Number", (1 << info) <= 4 ? data.Length : objectsEnd);
                    return PlistValue.Integer;
                case 0x2 when info == 2 || info == 3:
                    Need(position, 1 << info, "PlistPart_Number");
                    return PlistValue.Real;
                case 0x3 when info == 3:
                    Need(position, 8, "PlistPart_Number");
                    var bytes = new byte[8];
                    Array.Copy(data, position, bytes, 0, 8);
                    if (BitConverter.IsLittleEndian)
                    {
                        Array.Reverse(bytes);
                    }

                    var seconds = BitConverter.ToDouble(bytes, 0);
                    return double.IsNaN(seconds) || seconds < MinDateSeconds || seconds > MaxDateSeconds
                        ? throw new PlistFormatException("PlistError_DateOutOfRange", Number(offset))
                        : PlistValue.Date;
                case 0x4:
                    var length = ReadCount(ref position, info);
                    Need(position, length, "PlistPart_Data");
                    return PlistValue.Data;
                case 0x5:
                    var characters = ReadCount(ref position, info);
                    return PlistValue.String(ReadAscii(offset, position, characters));
                case 0x6:
                    var units = ReadCount(ref position, info);
                    if (units > int.MaxValue / 2)
                    {
                        throw new PlistFormatException("PlistError_Utf16TooLong", Number(offset));
                    }

                    Need(position, units * 2, "PlistPart_Utf16String");
                    return PlistValue.String(Encoding.BigEndianUnicode.GetString(data, (int)position, units * 2));
                case 0x8 when info <= 7:
                    ReadUnsigned(position, info + 1, "PlistPart_Uid");
                    return PlistValue.Integer;
                case 0xA:
                case 0xC:
                    var count = ReadCount(ref position, info);
                    Need(position, (long)count * refSize, "PlistPart_Array");
                    for (var i = 0; i < count; i++)
                    {
                        ReadObject(ReadReference(position, i), depth + 1);
                    }

                    return PlistValue.Array;
                case 0xD:
                    var pairs = ReadCount(ref position, info);
                    Need(position, 2L * pairs * refSize, "PlistPart_Dictionary");
                    var entries = new List<KeyValuePair<string, PlistValue>>(pairs);
                    for (var i = 0; i < pairs; i++)
                    {
                        var key = ReadObject(ReadReference(position, i), depth + 1).Text
                            ?? throw new PlistFormatException("PlistError_DictionaryKey", Number(offset));
                        entries.Add(new KeyValuePair<string, PlistValue>(key, ReadObject(ReadReference(position, pairs + i), depth + 1)));
                    }

                    return PlistValue.Dictionary(entries);
                default:
                    throw Bad(offset, marker);
            }
        }

        private string ReadAscii(long offset, long position, int count)
        {
            Need(position, count, "PlistPart_AsciiString");
            var chars = new char[count];
            for (var i = 0; i < count; i++)
            {
                var b = data[position + i];
                if (b > 0x7F)
                {
                    throw new PlistFormatException("PlistError_NonAsciiByte", Number(offset));
                }

                chars[i] = (char)b;
            }

            return new string(chars);
        }

        private long ReadReference(long position, int index) => ReadUnsigned(position + ((long)index * refSize), refSize, "PlistPart_Reference");

        /// <summary>The length in the marker's low nibble, or (0xF) in the integer object that follows.</summary>
        private int ReadCount(ref long position, int info)
        {
            if (info != 0x0F)
            {
                return info;
            }

            Need(position, 1, "PlistPart_Length");
            var marker = data[position];
            if (marker >> 4 != 0x1 || (marker & 0x0F) > 3)
            {
                throw new PlistFormatException("PlistError_LengthMarker", marker.ToString("x2", CultureInfo.InvariantCulture), Number(position));
            }

            var size = 1 << (marker & 0x0F);
            var count = ReadUnsigned(position + 1, size, "PlistPart_Length");
            position += 1 + size;
            if (count < 0 || count > data.Length)
            {
                throw new PlistFormatException("PlistError_LengthPastEnd", Number(count), Number(position));
            }

            return (int)count;
        }

        /// <summary>
        /// A big-endian unsigned integer of 1–8 bytes; 8-byte values above long.MaxValue are rejected.
        /// <paramref name="whatKey"/> names it in errors: a <c>PlistPart_</c> key of Strings.resx.
        /// </summary>
        private long ReadUnsigned(long position, int size, string whatKey)
        {
            Need(position, size, whatKey, data.Length);
            ulong value = 0;
            for (var i = 0; i < size; i++)
            {
                value = (value << 8) | data[position + i];
            }

            if (value > long.MaxValue)
            {
                throw new PlistFormatException("PlistError_ValueTooLarge", Strings.Get(whatKey), Number(position));
            }

            return (long)value;
        }

        private void Need(long position, long count, string whatKey) => Need(position, count, whatKey, objectsEnd);

        /// <summary>Checks that <paramref name="count"/> bytes at <paramref name="position"/> end by <paramref name="end"/>; <paramref name="whatKey"/> (a <c>PlistPart_</c> key) names them in the error.</summary>
        private void Need(long position, long count, string whatKey, long end)
        {
            if (count < 0 || position < 0 || position > end || count > end - position)
            {
                throw new PlistFormatException("PlistError_PastEnd", Strings.Get(whatKey), Number(position));
            }
        }
    }
}
