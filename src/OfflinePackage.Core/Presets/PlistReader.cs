using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>The encoding of a property list file.</summary>
    public enum PlistFormat
    {
        Xml,

        /// <summary>bplist00.</summary>
        Binary,
    }

    /// <summary>
    /// A property list whose root is a dictionary (as Info.plist is). Values are: string, long (BigInteger for
    /// integers beyond long, which binary plists store in 16 bytes), double, bool, DateTime (UTC), byte[] (data),
    /// IReadOnlyList&lt;object?&gt; (array, set), IReadOnlyDictionary&lt;string, object?&gt; (dict), long (binary UID),
    /// null (binary null).
    /// </summary>
    public sealed class PlistDocument
    {
        internal PlistDocument(string source, PlistFormat format, IReadOnlyDictionary<string, object?> values)
        {
            Source = source;
            Format = format;
            Values = values;
        }

        /// <summary>The path (or name) the plist was read from, for messages.</summary>
        public string Source { get; }

        public PlistFormat Format { get; }

        /// <summary>The root dictionary's entries.</summary>
        public IReadOnlyDictionary<string, object?> Values { get; }

        /// <summary>The root dictionary's string values only.</summary>
        public IReadOnlyDictionary<string, string> Strings =>
            Values.Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);

        /// <summary>"Product Version", the version mPaaS compares the iOS client range with; null when absent or not a string.</summary>
        public string? ProductVersion => GetString(PlistReader.ProductVersionKey);

        /// <summary>CFBundleShortVersionString; null when absent or not a string.</summary>
        public string? ShortVersion => GetString(PlistReader.ShortVersionKey);

        /// <summary>A top-level string value; null when the key is absent or its value is not a string.</summary>
        public string? GetString(string key) => Values.TryGetValue(key, out var value) ? value as string : null;

        /// <summary>A document from values (for tests and callers that already have them).</summary>
        public static PlistDocument FromValues(string source, IReadOnlyDictionary<string, object?> values, PlistFormat format = PlistFormat.Xml) =>
            new PlistDocument(source, format, values);
    }

    /// <summary>
    /// Reads Info.plist files in XML and binary (bplist00) format. Problems (missing file, unreadable, corrupt,
    /// OpenStep/other formats, root not a dictionary) are returned as findings, never thrown.
    /// </summary>
    public static class PlistReader
    {
        /// <summary>The Info.plist key the mPaaS iOS client compares release ranges with (spec §4.2).</summary>
        public const string ProductVersionKey = "Product Version";

        public const string ShortVersionKey = "CFBundleShortVersionString";

        /// <summary>The most read of an Info.plist (they are a few kilobytes; a guard against hostile files).</summary>
        public const int MaxBytes = 4 * 1024 * 1024;

        /// <summary>Deepest nesting of arrays/dicts read (a guard against hostile files).</summary>
        private const int MaxDepth = 512;

        public static PresetResult<PlistDocument> Read(string path)
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(path))
                {
                    return Fail(PresetFindingKind.PlistNotFound, path + ": Info.plist not found", path);
                }

                bytes = BoundedFile.ReadAllBytes(path, MaxBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Fail(PresetFindingKind.PlistUnreadable, path + ": cannot be read: " + e.Message, path, e.Message.TrimEnd('.'));
            }

            return Parse(bytes, path);
        }

        /// <summary>Parses plist bytes; <paramref name="source"/> names them in findings.</summary>
        public static PresetResult<PlistDocument> Parse(byte[] content, string source)
        {
            if (content.Length == 0)
            {
                return Invalid(source, string.Empty, "PlistError_Empty");
            }

            if (StartsWith(content, "bplist"))
            {
                if (content.Length < 8)
                {
                    return Invalid(source, "corrupt binary property list: ", "PlistError_TooShort");
                }

                if (!StartsWith(content, "bplist00"))
                {
                    var version = Encoding.ASCII.GetString(content, 0, Math.Min(8, content.Length));
                    return Fail(PresetFindingKind.PlistUnsupportedFormat, source + ": binary property list version '" + version + "' is not supported (only bplist00)", source, version);
                }

                try
                {
                    var root = new BinaryPlist(content).ReadRoot();
                    return Root(source, PlistFormat.Binary, root);
                }
                catch (PlistFormatException e)
                {
                    return Fail(PresetFindingKind.PlistInvalid, source + ": corrupt binary property list: " + e.Message, source, e.Message.TrimEnd('.'));
                }
            }

            var first = FirstSignificantByte(content);
            if (first == '{' || first == '(')
            {
                return Fail(PresetFindingKind.PlistUnsupportedFormat, source + ": old-style (OpenStep) property lists are not supported; convert with 'plutil -convert xml1'", source, "OpenStep");
            }

            if (first != '<')
            {
                return Invalid(source, string.Empty, "PlistError_NotAPropertyList");
            }

            try
            {
                var root = ReadXml(content);
                return Root(source, PlistFormat.Xml, root);
            }
            catch (XmlException e)
            {
                return Fail(PresetFindingKind.PlistInvalid, source + ": invalid XML: " + e.Message, source, e.Message.TrimEnd('.'));
            }
            catch (PlistFormatException e)
            {
                return Fail(PresetFindingKind.PlistInvalid, source + ": invalid property list: " + e.Message, source, e.Message.TrimEnd('.'));
            }
        }

        private static PresetResult<PlistDocument> Root(string source, PlistFormat format, object? root)
        {
            if (root is IReadOnlyDictionary<string, object?> dict)
            {
                return new PresetResult<PlistDocument>(new PlistDocument(source, format, dict), new PresetFinding[0]);
            }

            var type = TypeName(root);
            return Fail(PresetFindingKind.PlistRootNotDictionary, source + ": the root is " + type + ", not a dictionary", source, type);
        }

        private static PresetResult<PlistDocument> Fail(PresetFindingKind kind, string message, params string[] args) =>
            new PresetResult<PlistDocument>(null, new[] { new PresetFinding(kind, message, args) });

        /// <summary>
        /// A PlistInvalid finding whose reason is <paramref name="reasonKey"/>'s text (a <c>PlistError_</c> key of
        /// Strings.resx); the English log message puts <paramref name="logPrefix"/> before it.
        /// </summary>
        private static PresetResult<PlistDocument> Invalid(string source, string logPrefix, string reasonKey)
        {
            var reason = Strings.Get(reasonKey);
            return Fail(PresetFindingKind.PlistInvalid, source + ": " + logPrefix + reason, source, reason);
        }

        /// <summary>What a plist value is, as OPK6027 says it ("an array", "data"): a <c>PlistType_</c> text of Strings.resx.</summary>
        private static string TypeName(object? value) =>
            Strings.Get(value switch
            {
                null => "PlistType_Null",
                string _ => "PlistType_String",
                bool _ => "PlistType_Boolean",
                long _ => "PlistType_Integer",
                BigInteger _ => "PlistType_Integer",
                double _ => "PlistType_Real",
                DateTime _ => "PlistType_Date",
                byte[] _ => "PlistType_Data",
                IReadOnlyList<object?> _ => "PlistType_Array",
                _ => "PlistType_Dictionary",
            });

        private static bool StartsWith(byte[] content, string ascii)
        {
            if (content.Length < ascii.Length)
            {
                return false;
            }

            for (var i = 0; i < ascii.Length; i++)
            {
                if (content[i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first character after a BOM and whitespace ('&lt;' for UTF-16 XML too), or -1.</summary>
        private static int FirstSignificantByte(byte[] content)
        {
            if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
            {
                return '<';
            }

            var i = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
            while (i < content.Length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n'))
            {
                i++;
            }

            return i < content.Length ? content[i] : -1;
        }

        private static object? ReadXml(byte[] content)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };

            XDocument document;
            using (var stream = new MemoryStream(content, writable: false))
            using (var reader = XmlReader.Create(stream, settings))
            {
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }

            var plist = document.Root!;
            if (plist.Name.LocalName != "plist")
            {
                throw new PlistFormatException("PlistError_RootNotPlist", plist.Name.LocalName);
            }

            var values = plist.Elements().ToList();
            if (values.Count != 1)
            {
                throw new PlistFormatException("PlistError_PlistValueCount", values.Count.ToString(CultureInfo.InvariantCulture));
            }

            return ReadXmlValue(values[0], 1);
        }

        private static object? ReadXmlValue(XElement element, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new PlistFormatException("PlistError_TooDeep", MaxDepth.ToString(CultureInfo.InvariantCulture));
            }

            var text = element.Value;
            switch (element.Name.LocalName)
            {
                case "string":
                    return text;
                case "integer":
                    var trimmed = text.Trim();
                    if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        return integer;
                    }

                    if (BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
                    {
                        return big;
                    }

                    throw PlistFormatException.At(element, "PlistError_NotAnInteger", trimmed);
                case "real":
                    if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                    {
                        return real;
                    }

                    throw PlistFormatException.At(element, "PlistError_NotANumber", text.Trim());
                case "true":
                    return true;
                case "false":
                    return false;
                case "date":
                    if (DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
                    {
                        return date;
                    }

                    throw PlistFormatException.At(element, "PlistError_NotADate", text.Trim());
                case "data":
                    try
                    {
                        return Convert.FromBase64String(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()));
                    }
                    catch (FormatException)
                    {
                        throw PlistFormatException.At(element, "PlistError_NotBase64");
                    }

                case "array":
                    return element.Elements().Select(e => ReadXmlValue(e, depth + 1)).ToList();
                case "dict":
                    var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                    var children = element.Elements().ToList();
                    for (var i = 0; i < children.Count; i += 2)
                    {
                        if (children[i].Name.LocalName != "key")
                        {
                            throw PlistFormatException.At(children[i], "PlistError_KeyExpected", children[i].Name.LocalName);
                        }

                        if (i + 1 >= children.Count)
                        {
                            throw PlistFormatException.At(children[i], "PlistError_KeyWithoutValue", children[i].Value);
                        }

                        dict[children[i].Value] = ReadXmlValue(children[i + 1], depth + 1);
                    }

                    return dict;
                default:
                    throw PlistFormatException.At(element, "PlistError_UnknownElement", element.Name.LocalName);
            }
        }

        /// <summary>Why a plist is invalid: its message is a <c>PlistError_</c> text of Strings.resx, filled with the arguments.</summary>
        private sealed class PlistFormatException : Exception
        {
            public PlistFormatException(string messageKey, params object[] messageArguments)
                : base(Strings.Format(messageKey, messageArguments))
            {
            }

            /// <summary>The problem <paramref name="messageKey"/> at an XML element, followed by its line when the reader knows it.</summary>
            public static PlistFormatException At(XElement element, string messageKey, params object[] messageArguments) =>
                element is IXmlLineInfo info && info.HasLineInfo()
                    ? new PlistFormatException("PlistError_AtLine", Strings.Format(messageKey, messageArguments), info.LineNumber.ToString(CultureInfo.InvariantCulture))
                    : new PlistFormatException(messageKey, messageArguments);
        }

        /// <summary>
        /// bplist00: "bplist00", the objects, an offset table, and a 32-byte trailer (offset size, object
        /// reference size, object count, top object, offset table offset). Every read is bounds-checked; reference
        /// cycles and excessive nesting are rejected; shared objects are decoded once.
        /// </summary>
        private sealed class BinaryPlist
        {
            private static readonly DateTime Epoch = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            /// <summary>Seconds from the 2001 epoch to DateTime.MinValue and MaxValue (whole seconds inside the range).</summary>
            private static readonly double MinDateSeconds = Math.Ceiling((DateTime.MinValue - Epoch).TotalSeconds) + 1;

            private static readonly double MaxDateSeconds = Math.Floor((DateTime.MaxValue - Epoch).TotalSeconds) - 1;

            private readonly byte[] data;
            private readonly Dictionary<long, object?> decoded = new Dictionary<long, object?>();
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

            public object? ReadRoot()
            {
                const int header = 8;
                const int trailerSize = 32;
                if (data.Length < header + 1 + trailerSize)
                {
                    throw new PlistFormatException("PlistError_TooShortBytes", data.Length.ToString(CultureInfo.InvariantCulture));
                }

                var trailer = data.Length - trailerSize;
                offsetSize = data[trailer + 6];
                refSize = data[trailer + 7];
                objectCount = ReadUnsigned(trailer + 8, 8, "PlistPart_ObjectCount");
                var top = ReadUnsigned(trailer + 16, 8, "PlistPart_TopObject");
                offsetTable = ReadUnsigned(trailer + 24, 8, "PlistPart_OffsetTableOffset");
                if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8)
                {
                    throw new PlistFormatException("PlistError_TrailerSizes", offsetSize.ToString(CultureInfo.InvariantCulture), refSize.ToString(CultureInfo.InvariantCulture));
                }

                if (objectCount < 1 || objectCount > data.Length)
                {
                    throw new PlistFormatException("PlistError_TrailerObjectCount", objectCount.ToString(CultureInfo.InvariantCulture));
                }

                if (top >= objectCount)
                {
                    throw new PlistFormatException("PlistError_TrailerTopObject", top.ToString(CultureInfo.InvariantCulture), objectCount.ToString(CultureInfo.InvariantCulture));
                }

                if (offsetTable < header + 1 || offsetTable > trailer || objectCount * offsetSize > trailer - offsetTable)
                {
                    throw new PlistFormatException("PlistError_TrailerOffsetTable", offsetTable.ToString(CultureInfo.InvariantCulture));
                }

                objectsEnd = offsetTable;
                return ReadObject(top, 1);
            }

            private object? ReadObject(long reference, int depth)
            {
                if (reference < 0 || reference >= objectCount)
                {
                    throw new PlistFormatException("PlistError_ReferenceOutOfRange", reference.ToString(CultureInfo.InvariantCulture));
                }

                if (decoded.TryGetValue(reference, out var done))
                {
                    return done;
                }

                if (depth > MaxDepth)
                {
                    throw new PlistFormatException("PlistError_TooDeep", MaxDepth.ToString(CultureInfo.InvariantCulture));
                }

                if (!inProgress.Add(reference))
                {
                    throw new PlistFormatException("PlistError_ObjectContainsItself", reference.ToString(CultureInfo.InvariantCulture));
                }

                var offset = ReadUnsigned(offsetTable + (reference * offsetSize), offsetSize, "PlistPart_Offset");
                if (offset < 8 || offset >= objectsEnd)
                {
                    throw new PlistFormatException("PlistError_ObjectOffset", reference.ToString(CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture));
                }

                var value = ReadAt(offset, depth);
                inProgress.Remove(reference);
                decoded[reference] = value;
                return value;
            }

            private object? ReadAt(long offset, int depth)
            {
                var marker = data[offset];
                var type = marker >> 4;
                var info = marker & 0x0F;
                var position = offset + 1;
                switch (type)
                {
                    case 0x0:
                        switch (info)
                        {
                            case 0x0: return null;
                            case 0x8: return false;
                            case 0x9: return true;
                            default: throw Bad(offset, marker);
                        }

                    case 0x1:
                        return ReadInteger(position, info, offset, marker);
                    case 0x2:
                        if (info == 2)
                        {
                            return (double)BitConverter.ToSingle(BigEndian(position, 4), 0);
                        }

                        if (info == 3)
                        {
                            return BitConverter.ToDouble(BigEndian(position, 8), 0);
                        }

                        throw Bad(offset, marker);
                    case 0x3:
                        if (info != 3)
                        {
                            throw Bad(offset, marker);
                        }

                        var seconds = BitConverter.ToDouble(BigEndian(position, 8), 0);
                        if (double.IsNaN(seconds) || seconds < MinDateSeconds || seconds > MaxDateSeconds)
                        {
                            throw new PlistFormatException("PlistError_DateOutOfRange", offset.ToString(CultureInfo.InvariantCulture));
                        }

                        return Epoch.AddSeconds(seconds);
                    case 0x4:
                    {
                        var count = ReadCount(ref position, info);
                        Need(position, count, "PlistPart_Data");
                        var bytes = new byte[count];
                        Array.Copy(data, position, bytes, 0, count);
                        return bytes;
                    }

                    case 0x5:
                    {
                        var count = ReadCount(ref position, info);
                        Need(position, count, "PlistPart_AsciiString");
                        var chars = new char[count];
                        for (var i = 0; i < count; i++)
                        {
                            var b = data[position + i];
                            if (b > 0x7F)
                            {
                                throw new PlistFormatException("PlistError_NonAsciiByte", offset.ToString(CultureInfo.InvariantCulture));
                            }

                            chars[i] = (char)b;
                        }

                        return new string(chars);
                    }

                    case 0x6:
                    {
                        var count = ReadCount(ref position, info);
                        if (count > int.MaxValue / 2)
                        {
                            throw new PlistFormatException("PlistError_Utf16TooLong", offset.ToString(CultureInfo.InvariantCulture));
                        }

                        Need(position, count * 2, "PlistPart_Utf16String");
                        return Encoding.BigEndianUnicode.GetString(data, (int)position, count * 2);
                    }

                    case 0x8:
                        if (info > 7)
                        {
                            throw Bad(offset, marker);
                        }

                        return ReadUnsigned(position, info + 1, "PlistPart_Uid");
                    case 0xA:
                    case 0xC:
                    {
                        var count = ReadCount(ref position, info);
                        Need(position, (long)count * refSize, "PlistPart_Array");
                        var items = new List<object?>(count);
                        for (var i = 0; i < count; i++)
                        {
                            items.Add(ReadObject(ReadUnsigned(position + ((long)i * refSize), refSize, "PlistPart_Reference"), depth + 1));
                        }

                        return items;
                    }

                    case 0xD:
                    {
                        var count = ReadCount(ref position, info);
                        Need(position, 2L * count * refSize, "PlistPart_Dictionary");
                        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                        for (var i = 0; i < count; i++)
                        {
                            var key = ReadObject(ReadUnsigned(position + ((long)i * refSize), refSize, "PlistPart_Reference"), depth + 1) as string
                                ?? throw new PlistFormatException("PlistError_DictionaryKey", offset.ToString(CultureInfo.InvariantCulture));
                            dict[key] = ReadObject(ReadUnsigned(position + ((long)(count + i) * refSize), refSize, "PlistPart_Reference"), depth + 1);
                        }

                        return dict;
                    }

                    default:
                        throw Bad(offset, marker);
                }
            }

            private object ReadInteger(long position, int info, long offset, byte marker)
            {
                if (info > 4)
                {
                    throw Bad(offset, marker);
                }

                var size = 1 << info;
                if (size <= 4)
                {
                    return (long)ReadUnsigned(position, size, "PlistPart_Integer");
                }

                var bytes = BigEndian(position, size);
                if (size == 8)
                {
                    return BitConverter.ToInt64(bytes, 0);
                }

                if (!BitConverter.IsLittleEndian)
                {
                    Array.Reverse(bytes);
                }

                var value = new BigInteger(bytes);
                return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
            }

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
                    throw new PlistFormatException("PlistError_LengthMarker", marker.ToString("x2", CultureInfo.InvariantCulture), position.ToString(CultureInfo.InvariantCulture));
                }

                var size = 1 << (marker & 0x0F);
                var count = ReadUnsigned(position + 1, size, "PlistPart_Length");
                position += 1 + size;
                if (count < 0 || count > data.Length)
                {
                    throw new PlistFormatException("PlistError_LengthPastEnd", count.ToString(CultureInfo.InvariantCulture), position.ToString(CultureInfo.InvariantCulture));
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
                    throw new PlistFormatException("PlistError_ValueTooLarge", Strings.Get(whatKey), position.ToString(CultureInfo.InvariantCulture));
                }

                return (long)value;
            }

            private byte[] BigEndian(long position, int size)
            {
                Need(position, size, "PlistPart_Number");
                var bytes = new byte[size];
                Array.Copy(data, position, bytes, 0, size);
                if (BitConverter.IsLittleEndian)
                {
                    Array.Reverse(bytes);
                }

                return bytes;
            }

            private void Need(long position, long count, string whatKey) => Need(position, count, whatKey, objectsEnd);

            /// <summary>Checks that <paramref name="count"/> bytes at <paramref name="position"/> end by <paramref name="end"/>; <paramref name="whatKey"/> (a <c>PlistPart_</c> key) names them in the error.</summary>
            private void Need(long position, long count, string whatKey, long end)
            {
                if (count < 0 || position < 0 || position > end || count > end - position)
                {
                    throw new PlistFormatException("PlistError_PastEnd", Strings.Get(whatKey), position.ToString(CultureInfo.InvariantCulture));
                }
            }

            private static PlistFormatException Bad(long offset, byte marker) =>
                new PlistFormatException("PlistError_UnknownMarker", marker.ToString("x2", CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture));
        }
    }
}
