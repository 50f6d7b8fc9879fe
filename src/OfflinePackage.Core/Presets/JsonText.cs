using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Presets
{
    /// <summary>The kind of a <see cref="JsonItem"/>.</summary>
    public enum JsonItemKind
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>How <see cref="JsonText.Write"/> lays out objects and arrays.</summary>
    public enum JsonLayout
    {
        /// <summary>One line, no spaces: <c>{"a":[1,2]}</c>.</summary>
        Compact,

        /// <summary>One member per line, tab indentation, <c>"name":value</c> (the console's own output, fastjson's pretty format).</summary>
        Tabs,

        /// <summary>One member per line, two-space indentation, <c>"name": value</c> (the mpaas-demo Android file).</summary>
        TwoSpaces,
    }

    /// <summary>One object member: a name and its value, kept in document order.</summary>
    public sealed class JsonMember
    {
        public JsonMember(string name, JsonItem value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public JsonItem Value { get; }

        public override string ToString() => GlobalUrlList.Quote(Name) + ":" + JsonText.Write(Value);
    }

    /// <summary>
    /// An immutable JSON value. Numbers keep their source text (no precision is lost and they are written
    /// back unchanged); object members keep document order and duplicates.
    /// </summary>
    public sealed class JsonItem
    {
        public static readonly JsonItem Null = new JsonItem(JsonItemKind.Null, "null");

        public static readonly JsonItem True = new JsonItem(JsonItemKind.True, "true");

        public static readonly JsonItem False = new JsonItem(JsonItemKind.False, "false");

        private static readonly IReadOnlyList<JsonItem> NoItems = new JsonItem[0];

        private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];

        private JsonItem(JsonItemKind kind, string text, IReadOnlyList<JsonItem>? items = null, IReadOnlyList<JsonMember>? members = null)
        {
            Kind = kind;
            Text = text;
            Items = items ?? NoItems;
            Members = members ?? NoMembers;
        }

        public JsonItemKind Kind { get; }

        /// <summary>The string's value (String), the number's source text (Number), the literal (null/true/false); "" for arrays and objects.</summary>
        public string Text { get; }

        /// <summary>The elements of an array; empty for other kinds.</summary>
        public IReadOnlyList<JsonItem> Items { get; }

        /// <summary>The members of an object in document order (duplicates kept); empty for other kinds.</summary>
        public IReadOnlyList<JsonMember> Members { get; }

        /// <summary>The value of the last member with this name (as most JSON readers, fastjson included, resolve duplicates), or null.</summary>
        public JsonItem? this[string name]
        {
            get
            {
                for (var i = Members.Count - 1; i >= 0; i--)
                {
                    if (string.Equals(Members[i].Name, name, StringComparison.Ordinal))
                    {
                        return Members[i].Value;
                    }
                }

                return null;
            }
        }

        public static JsonItem String(string value) => new JsonItem(JsonItemKind.String, value);

        public static JsonItem Number(long value) => new JsonItem(JsonItemKind.Number, value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A number from its JSON source text; null when the text is not a JSON number.</summary>
        public static JsonItem? NumberFromText(string text) =>
            JsonText.IsNumber(text) ? new JsonItem(JsonItemKind.Number, text) : null;

        public static JsonItem Array(IEnumerable<JsonItem> items) => new JsonItem(JsonItemKind.Array, string.Empty, items.ToArray());

        public static JsonItem Object(IEnumerable<JsonMember> members) => new JsonItem(JsonItemKind.Object, string.Empty, members: members.ToArray());

        /// <summary>
        /// The value of an integral number that fits a long (no fraction, no exponent: "1800", "-3"); null
        /// for every other value, strings of digits included.
        /// </summary>
        public long? AsInt64()
        {
            if (Kind != JsonItemKind.Number || Text.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0)
            {
                return null;
            }

            return long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
        }

        /// <summary>The value of a string; null for other kinds.</summary>
        public string? AsString() => Kind == JsonItemKind.String ? Text : null;

        /// <summary>Compact JSON text of this value.</summary>
        public override string ToString() => JsonText.Write(this);

        internal static JsonItem FromNumberToken(string text) => new JsonItem(JsonItemKind.Number, text);
    }

    /// <summary>Why a text is not JSON, and where: the offset and 1-based line and column of the offending character.</summary>
    public sealed class JsonError
    {
        /// <param name="messageKey">The message's text in Resources/Strings.resx: a <c>JsonError_</c> key, never the text itself.</param>
        /// <param name="offset">0-based index of the offending character.</param>
        /// <param name="line">1-based line of the offending character.</param>
        /// <param name="column">1-based column of the offending character.</param>
        /// <param name="messageArguments">The values filled into the text's placeholders {0}, {1}...</param>
        public JsonError(string messageKey, int offset, int line, int column, params object?[] messageArguments)
        {
            MessageKey = messageKey;
            MessageArguments = messageArguments;
            Message = Strings.Format(messageKey, messageArguments);
            Offset = offset;
            Line = line;
            Column = column;
        }

        /// <summary>The key of <see cref="Message"/>'s text in Resources/Strings.resx (<c>JsonError_...</c>).</summary>
        public string MessageKey { get; }

        /// <summary>The values filled into <see cref="MessageKey"/>'s text.</summary>
        public IReadOnlyList<object?> MessageArguments { get; }

        /// <summary>
        /// What is wrong, e.g. "unexpected '1': expected ',' or '}' in an object": <see cref="MessageKey"/>'s text filled
        /// with <see cref="MessageArguments"/> (it fills the messages of OPK6008 and OPK6028).
        /// </summary>
        public string Message { get; }

        /// <summary>0-based index (UTF-16 code units) of the offending character; the text's length at end of input.</summary>
        public int Offset { get; }

        public int Line { get; }

        /// <summary>1-based column in UTF-16 code units.</summary>
        public int Column { get; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1}): {2}", Line, Column, Message);
    }

    /// <summary>The outcome of <see cref="JsonText.Parse"/>: a value or an error, never both.</summary>
    public sealed class JsonParseResult
    {
        internal JsonParseResult(JsonItem? value, JsonError? error)
        {
            Value = value;
            Error = error;
        }

        public JsonItem? Value { get; }

        public JsonError? Error { get; }

        public bool Success => Error == null;
    }

    /// <summary>
    /// A small strict JSON (RFC 8259) reader and writer for netstandard2.0, where System.Text.Json is not
    /// available. Strict: no comments, no trailing commas, no single quotes, no leading zeros or '+' in
    /// numbers, no raw control characters in strings, no unpaired surrogates (escaped or raw), nothing but
    /// whitespace after the value, and at most <see cref="MaxDepth"/> nested arrays/objects (the same limit
    /// as System.Text.Json's default). Duplicate member names are accepted (the grammar allows them) and kept.
    /// </summary>
    public static class JsonText
    {
        /// <summary>The deepest nesting of arrays and objects accepted.</summary>
        public const int MaxDepth = 64;

        public static JsonParseResult Parse(string text)
        {
            var parser = new Parser(text);
            return parser.Run();
        }

        /// <summary>Whether the text is exactly one JSON number token.</summary>
        public static bool IsNumber(string text)
        {
            var end = ScanNumber(text, 0);
            return end > 0 && end == text.Length;
        }

        /// <summary>JSON text of a value: Compact on one line, or indented like the console's h5_json.json.</summary>
        public static string Write(JsonItem value, JsonLayout layout = JsonLayout.Compact)
        {
            var text = new StringBuilder();
            Write(text, value, layout, 0);
            return text.ToString();
        }

        internal static void Write(StringBuilder text, JsonItem value, JsonLayout layout, int depth)
        {
            switch (value.Kind)
            {
                case JsonItemKind.String:
                    text.Append(GlobalUrlList.Quote(value.Text));
                    break;
                case JsonItemKind.Array:
                    if (value.Items.Count == 0)
                    {
                        text.Append("[]");
                        break;
                    }

                    text.Append('[');
                    for (var i = 0; i < value.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(',');
                        }

                        NewLine(text, layout, depth + 1);
                        Write(text, value.Items[i], layout, depth + 1);
                    }

                    NewLine(text, layout, depth);
                    text.Append(']');
                    break;
                case JsonItemKind.Object:
                    if (value.Members.Count == 0)
                    {
                        text.Append("{}");
                        break;
                    }

                    text.Append('{');
                    for (var i = 0; i < value.Members.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(',');
                        }

                        NewLine(text, layout, depth + 1);
                        text.Append(GlobalUrlList.Quote(value.Members[i].Name)).Append(layout == JsonLayout.TwoSpaces ? ": " : ":");
                        Write(text, value.Members[i].Value, layout, depth + 1);
                    }

                    NewLine(text, layout, depth);
                    text.Append('}');
                    break;
                default:
                    text.Append(value.Text);
                    break;
            }
        }

        private static void NewLine(StringBuilder text, JsonLayout layout, int depth)
        {
            switch (layout)
            {
                case JsonLayout.Tabs:
                    text.Append('\n').Append('\t', depth);
                    break;
                case JsonLayout.TwoSpaces:
                    text.Append('\n').Append(' ', 2 * depth);
                    break;
            }
        }

        /// <summary>The end of the number token starting at <paramref name="start"/>, or -1 when there is none.</summary>
        private static int ScanNumber(string text, int start)
        {
            var i = start;
            if (i < text.Length && text[i] == '-')
            {
                i++;
            }

            if (i >= text.Length || !IsDigit(text[i]))
            {
                return -1;
            }

            if (text[i] == '0')
            {
                i++;
            }
            else
            {
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i >= text.Length || !IsDigit(text[i]))
                {
                    return -1;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                if (i >= text.Length || !IsDigit(text[i]))
                {
                    return -1;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            return i;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static int HexValue(char c) =>
            c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
            : -1;

        private static string Describe(char c) =>
            c < 0x20 || c == 0x7F || char.IsSurrogate(c) || char.IsWhiteSpace(c)
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";

        /// <summary>Recursive descent with an explicit failure value: no exceptions for bad input.</summary>
        private sealed class Parser
        {
            private readonly string text;
            private int position;
            private JsonError? error;

            public Parser(string text)
            {
                this.text = text;
            }

            public JsonParseResult Run()
            {
                SkipWhitespace();
                if (position >= text.Length)
                {
                    return Fail("JsonError_EmptyInput");
                }

                var value = ParseValue(0);
                if (value == null)
                {
                    return new JsonParseResult(null, error);
                }

                SkipWhitespace();
                if (position < text.Length)
                {
                    return Fail("JsonError_TextAfterValue", Describe(text[position]));
                }

                return new JsonParseResult(value, null);
            }

            private JsonParseResult Fail(string messageKey, params object?[] messageArguments)
            {
                SetError(messageKey, position, messageArguments);
                return new JsonParseResult(null, error);
            }

            /// <summary>Records the first error: a <c>JsonError_</c> key of Strings.resx and its arguments, at offset <paramref name="at"/>.</summary>
            private JsonItem? SetError(string messageKey, int at, params object?[] messageArguments)
            {
                if (error == null)
                {
                    var line = 1;
                    var lineStart = 0;
                    for (var i = 0; i < at && i < text.Length; i++)
                    {
                        if (text[i] == '\n')
                        {
                            line++;
                            lineStart = i + 1;
                        }
                    }

                    error = new JsonError(messageKey, at, line, at - lineStart + 1, messageArguments);
                }

                return null;
            }

            private void SkipWhitespace()
            {
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    {
                        return;
                    }

                    position++;
                }
            }

            private JsonItem? ParseValue(int depth)
            {
                if (position >= text.Length)
                {
                    return SetError("JsonError_EndExpectingValue", position);
                }

                var c = text[position];
                switch (c)
                {
                    case '{':
                        return ParseObject(depth + 1);
                    case '[':
                        return ParseArray(depth + 1);
                    case '"':
                        var s = ParseString();
                        return s == null ? null : JsonItem.String(s);
                    case 't':
                        return ParseLiteral("true", JsonItem.True);
                    case 'f':
                        return ParseLiteral("false", JsonItem.False);
                    case 'n':
                        return ParseLiteral("null", JsonItem.Null);
                    default:
                        if (c == '-' || IsDigit(c))
                        {
                            return ParseNumber();
                        }

                        return SetError("JsonError_UnexpectedExpectingValue", position, Describe(c));
                }
            }

            private JsonItem? ParseLiteral(string literal, JsonItem value)
            {
                if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
                {
                    return SetError("JsonError_InvalidLiteral", position, literal);
                }

                position += literal.Length;
                return value;
            }

            private JsonItem? ParseNumber()
            {
                var start = position;
                var end = ScanNumber(text, start);
                if (end < 0)
                {
                    return SetError("JsonError_InvalidNumber", start);
                }

                position = end;
                return JsonItem.FromNumberToken(text.Substring(start, end - start));
            }

            private JsonItem? ParseArray(int depth)
            {
                if (depth > MaxDepth)
                {
                    return SetError("JsonError_TooDeep", position, MaxDepth.ToString(CultureInfo.InvariantCulture));
                }

                position++;
                var items = new List<JsonItem>();
                SkipWhitespace();
                if (position < text.Length && text[position] == ']')
                {
                    position++;
                    return JsonItem.Array(items);
                }

                while (true)
                {
                    SkipWhitespace();
                    var item = ParseValue(depth);
                    if (item == null)
                    {
                        return null;
                    }

                    items.Add(item);
                    SkipWhitespace();
                    if (position >= text.Length)
                    {
                        return SetError("JsonError_EndInArray", position);
                    }

                    if (text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    if (text[position] == ']')
                    {
                        position++;
                        return JsonItem.Array(items);
                    }

                    return SetError("JsonError_UnexpectedInArray", position, Describe(text[position]));
                }
            }

            private JsonItem? ParseObject(int depth)
            {
                if (depth > MaxDepth)
                {
                    return SetError("JsonError_TooDeep", position, MaxDepth.ToString(CultureInfo.InvariantCulture));
                }

                position++;
                var members = new List<JsonMember>();
                SkipWhitespace();
                if (position < text.Length && text[position] == '}')
                {
                    position++;
                    return JsonItem.Object(members);
                }

                while (true)
                {
                    SkipWhitespace();
                    if (position >= text.Length)
                    {
                        return SetError("JsonError_EndExpectingName", position);
                    }

                    if (text[position] != '"')
                    {
                        return SetError("JsonError_UnexpectedExpectingName", position, Describe(text[position]));
                    }

                    var name = ParseString();
                    if (name == null)
                    {
                        return null;
                    }

                    SkipWhitespace();
                    if (position >= text.Length || text[position] != ':')
                    {
                        return position >= text.Length
                            ? SetError("JsonError_EndExpectingColon", position)
                            : SetError("JsonError_UnexpectedExpectingColon", position, Describe(text[position]));
                    }

                    position++;
                    SkipWhitespace();
                    var value = ParseValue(depth);
                    if (value == null)
                    {
                        return null;
                    }

                    members.Add(new JsonMember(name, value));
                    SkipWhitespace();
                    if (position >= text.Length)
                    {
                        return SetError("JsonError_EndInObject", position);
                    }

                    if (text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    if (text[position] == '}')
                    {
                        position++;
                        return JsonItem.Object(members);
                    }

                    return SetError("JsonError_UnexpectedInObject", position, Describe(text[position]));
                }
            }

            /// <summary>Reads a string token at the current '"'; null (error set) when it is invalid.</summary>
            private string? ParseString()
            {
                position++;
                var value = new StringBuilder();
                while (true)
                {
                    if (position >= text.Length)
                    {
                        SetError("JsonError_UnterminatedString", position);
                        return null;
                    }

                    var c = text[position];
                    if (c == '"')
                    {
                        position++;
                        return value.ToString();
                    }

                    if (c < 0x20)
                    {
                        SetError("JsonError_ControlCharacter", position, Describe(c));
                        return null;
                    }

                    if (c == '\\')
                    {
                        if (!ParseEscape(value))
                        {
                            return null;
                        }

                        continue;
                    }

                    if (char.IsHighSurrogate(c))
                    {
                        if (position + 1 >= text.Length || !char.IsLowSurrogate(text[position + 1]))
                        {
                            SetError("JsonError_UnpairedSurrogate", position, Describe(c));
                            return null;
                        }

                        value.Append(c).Append(text[position + 1]);
                        position += 2;
                        continue;
                    }

                    if (char.IsLowSurrogate(c))
                    {
                        SetError("JsonError_UnpairedSurrogate", position, Describe(c));
                        return null;
                    }

                    value.Append(c);
                    position++;
                }
            }

            private bool ParseEscape(StringBuilder value)
            {
                var start = position;
                if (position + 1 >= text.Length)
                {
                    SetError("JsonError_UnterminatedEscape", position);
                    return false;
                }

                var e = text[position + 1];
                position += 2;
                switch (e)
                {
                    case '"': value.Append('"'); return true;
                    case '\\': value.Append('\\'); return true;
                    case '/': value.Append('/'); return true;
                    case 'b': value.Append('\b'); return true;
                    case 'f': value.Append('\f'); return true;
                    case 'n': value.Append('\n'); return true;
                    case 'r': value.Append('\r'); return true;
                    case 't': value.Append('\t'); return true;
                    case 'u':
                        var unit = ReadHex4(start);
                        if (unit < 0)
                        {
                            return false;
                        }

                        var c = (char)unit;
                        if (char.IsLowSurrogate(c))
                        {
                            SetError("JsonError_UnpairedSurrogateEscape", start, unit.ToString("x4", CultureInfo.InvariantCulture));
                            return false;
                        }

                        if (char.IsHighSurrogate(c))
                        {
                            if (position + 1 >= text.Length || text[position] != '\\' || text[position + 1] != 'u')
                            {
                                SetError("JsonError_UnpairedSurrogateEscape", start, unit.ToString("x4", CultureInfo.InvariantCulture));
                                return false;
                            }

                            var lowStart = position;
                            position += 2;
                            var low = ReadHex4(lowStart);
                            if (low < 0)
                            {
                                return false;
                            }

                            if (!char.IsLowSurrogate((char)low))
                            {
                                SetError("JsonError_UnpairedSurrogateEscape", start, unit.ToString("x4", CultureInfo.InvariantCulture));
                                return false;
                            }

                            value.Append(c).Append((char)low);
                            return true;
                        }

                        value.Append(c);
                        return true;
                    default:
                        SetError("JsonError_InvalidEscape", start, e < 0x20 || char.IsSurrogate(e) ? Describe(e) : e.ToString());
                        return false;
                }
            }

            /// <summary>Reads the 4 hex digits after "\u" (position is at the first one); -1 (error set) when invalid.</summary>
            private int ReadHex4(int escapeStart)
            {
                if (position + 4 > text.Length)
                {
                    SetError("JsonError_UnicodeEscapeDigits", escapeStart);
                    return -1;
                }

                var unit = 0;
                for (var i = 0; i < 4; i++)
                {
                    var digit = HexValue(text[position + i]);
                    if (digit < 0)
                    {
                        SetError("JsonError_UnicodeEscapeDigits", escapeStart);
                        return -1;
                    }

                    unit = (unit * 16) + digit;
                }

                position += 4;
                return unit;
            }
        }
    }
}
