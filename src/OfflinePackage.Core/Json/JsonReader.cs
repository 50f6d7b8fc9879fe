using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OfflinePackage.Json
{
    /// <summary>What <see cref="JsonReader.Read"/> found.</summary>
    public enum JsonToken
    {
        None,
        StartObject,
        EndObject,
        StartArray,
        EndArray,

        /// <summary>A member name and the ':' after it; the member's value is the next token.</summary>
        Name,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// The one JSON reader of the SDK (netstandard2.0 has no System.Text.Json in .NET Framework's MSBuild), read token
    /// by token so that a caller can stop at the first token it does not want (CERT.json) or build a tree
    /// (<see cref="JsonText.Parse"/>). Strict RFC 8259: no comments, no trailing commas, no single quotes, no leading
    /// zeros or '+' in numbers, no raw control characters in strings, no unpaired surrogates (escaped or raw), nothing
    /// but whitespace after the value, and at most <see cref="MaxDepth"/> nested arrays/objects (System.Text.Json's
    /// default). Duplicate member names are not its business. Its cost is linear in the text; bad input is an
    /// <see cref="Error"/>, never an exception.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>The deepest nesting of arrays and objects accepted.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;

        // One entry per open container, innermost last: true for an object, false for an array.
        private readonly List<bool> _open = new List<bool>();
        private int _position;
        private Expect _expect = Expect.Root;

        /// <param name="start">Where the JSON starts in <paramref name="text"/> (after a byte order mark); offsets count from 0 all the same.</param>
        public JsonReader(string text, int start = 0)
        {
            _text = text;
            _position = start;
        }

        private enum Expect
        {
            Root,
            Value,
            ValueOrEndArray,
            NameOrEndObject,
            Name,
            AfterValue,
            End,
        }

        public JsonToken Token { get; private set; }

        /// <summary>The name (Name), the decoded string (String), the source text (Number, literals); "" otherwise.</summary>
        public string Value { get; private set; } = string.Empty;

        /// <summary>The offset of the token last read, or of the character where reading it failed: whitespace and separators skipped.</summary>
        public int TokenStart { get; private set; }

        /// <summary>Why the text is not JSON; null while it is (so far).</summary>
        public JsonError? Error { get; private set; }

        /// <summary>Whether the text is exactly one JSON number token.</summary>
        public static bool IsNumber(string text)
        {
            var end = ScanNumber(text, 0);
            return end > 0 && end == text.Length;
        }

        /// <summary>The next token; false at the end of the text (after the root value) or when <see cref="Error"/> is set.</summary>
        public bool Read()
        {
            while (Error == null)
            {
                SkipWhitespace();
                TokenStart = _position;
                var atEnd = _position >= _text.Length;
                var c = atEnd ? '\0' : _text[_position];
                switch (_expect)
                {
                    case Expect.Root:
                        return atEnd ? Fail("JsonError_EmptyInput") : ReadValue(c);
                    case Expect.ValueOrEndArray when c == ']':
                    case Expect.NameOrEndObject when c == '}':
                        return Close();
                    case Expect.Value:
                    case Expect.ValueOrEndArray:
                        return atEnd ? Fail("JsonError_EndExpectingValue") : ReadValue(c);
                    case Expect.Name:
                    case Expect.NameOrEndObject:
                        return ReadName(atEnd, c);
                    case Expect.AfterValue when _open.Count == 0:
                        if (atEnd)
                        {
                            _expect = Expect.End;
                            Token = JsonToken.None;
                            return false;
                        }

                        return Fail("JsonError_TextAfterValue", Describe(c));
                    case Expect.AfterValue:
                        var inObject = _open[_open.Count - 1];
                        if (atEnd)
                        {
                            return Fail(inObject ? "JsonError_EndInObject" : "JsonError_EndInArray");
                        }

                        if (c == ',')
                        {
                            _position++;
                            _expect = inObject ? Expect.Name : Expect.Value;
                            continue;
                        }

                        if (c == (inObject ? '}' : ']'))
                        {
                            return Close();
                        }

                        return Fail(inObject ? "JsonError_UnexpectedInObject" : "JsonError_UnexpectedInArray", Describe(c));
                    default:
                        return false;
                }
            }

            return false;
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

            i = text[i] == '0' ? i + 1 : SkipDigits(text, i);
            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i >= text.Length || !IsDigit(text[i]))
                {
                    return -1;
                }

                i = SkipDigits(text, i);
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

                i = SkipDigits(text, i);
            }

            return i;
        }

        private static int SkipDigits(string text, int i)
        {
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
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

        private bool ReadValue(char c)
        {
            switch (c)
            {
                case '{':
                case '[':
                    if (_open.Count >= MaxDepth)
                    {
                        return Fail("JsonError_TooDeep", MaxDepth.ToString(CultureInfo.InvariantCulture));
                    }

                    _position++;
                    _open.Add(c == '{');
                    _expect = c == '{' ? Expect.NameOrEndObject : Expect.ValueOrEndArray;
                    return Found(c == '{' ? JsonToken.StartObject : JsonToken.StartArray, string.Empty);
                case '"':
                    var text = ReadString();
                    return text != null && Scalar(JsonToken.String, text);
                case 't':
                    return ReadLiteral("true", JsonToken.True);
                case 'f':
                    return ReadLiteral("false", JsonToken.False);
                case 'n':
                    return ReadLiteral("null", JsonToken.Null);
                default:
                    if (c != '-' && !IsDigit(c))
                    {
                        return Fail("JsonError_UnexpectedExpectingValue", Describe(c));
                    }

                    var end = ScanNumber(_text, _position);
                    if (end < 0)
                    {
                        return Fail("JsonError_InvalidNumber");
                    }

                    var number = _text.Substring(_position, end - _position);
                    _position = end;
                    return Scalar(JsonToken.Number, number);
            }
        }

        private bool ReadLiteral(string literal, JsonToken token)
        {
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            {
                return Fail("JsonError_InvalidLiteral", literal);
            }

            _position += literal.Length;
            return Scalar(token, literal);
        }

        private bool ReadName(bool atEnd, char c)
        {
            if (atEnd || c != '"')
            {
                return atEnd ? Fail("JsonError_EndExpectingName") : Fail("JsonError_UnexpectedExpectingName", Describe(c));
            }

            var name = ReadString();
            if (name == null)
            {
                return false;
            }

            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != ':')
            {
                return _position >= _text.Length
                    ? Fail("JsonError_EndExpectingColon")
                    : Fail("JsonError_UnexpectedExpectingColon", Describe(_text[_position]));
            }

            _position++;
            _expect = Expect.Value;
            return Found(JsonToken.Name, name);
        }

        private bool Close()
        {
            var wasObject = _open[_open.Count - 1];
            _open.RemoveAt(_open.Count - 1);
            _position++;
            _expect = Expect.AfterValue;
            return Found(wasObject ? JsonToken.EndObject : JsonToken.EndArray, string.Empty);
        }

        private bool Scalar(JsonToken token, string value)
        {
            _expect = Expect.AfterValue;
            return Found(token, value);
        }

        private bool Found(JsonToken token, string value)
        {
            Token = token;
            Value = value;
            return true;
        }

        private bool Fail(string messageKey, params object?[] messageArguments) => Fail(_position, messageKey, messageArguments);

        /// <summary>Records the error: a <c>JsonError_</c> key of Strings.resx and its arguments, at offset <paramref name="at"/>.</summary>
        private bool Fail(int at, string messageKey, params object?[] messageArguments)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < at && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            Error = new JsonError(messageKey, at, line, at - lineStart + 1, messageArguments);
            Token = JsonToken.None;
            return false;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        /// <summary>Reads a string token at the current '"'; null (error set) when it is invalid.</summary>
        private string? ReadString()
        {
            _position++;
            var value = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    Fail("JsonError_UnterminatedString");
                    return null;
                }

                var c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return value.ToString();
                }

                if (c == '\\')
                {
                    if (!ReadEscape(value))
                    {
                        return null;
                    }

                    continue;
                }

                if (c < 0x20)
                {
                    Fail("JsonError_ControlCharacter", Describe(c));
                    return null;
                }

                if (char.IsHighSurrogate(c) && _position + 1 < _text.Length && char.IsLowSurrogate(_text[_position + 1]))
                {
                    value.Append(c).Append(_text[_position + 1]);
                    _position += 2;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    Fail("JsonError_UnpairedSurrogate", Describe(c));
                    return null;
                }

                value.Append(c);
                _position++;
            }
        }

        private bool ReadEscape(StringBuilder value)
        {
            var start = _position;
            if (_position + 1 >= _text.Length)
            {
                return Fail("JsonError_UnterminatedEscape");
            }

            var e = _text[_position + 1];
            _position += 2;
            var simple = "\"\\/bfnrt".IndexOf(e);
            if (simple >= 0)
            {
                value.Append("\"\\/\b\f\n\r\t"[simple]);
                return true;
            }

            if (e != 'u')
            {
                return Fail(start, "JsonError_InvalidEscape", e < 0x20 || char.IsSurrogate(e) ? Describe(e) : e.ToString());
            }

            var unit = ReadHex4(start);
            if (unit < 0)
            {
                return false;
            }

            if (!char.IsSurrogate((char)unit))
            {
                value.Append((char)unit);
                return true;
            }

            var unpaired = unit.ToString("x4", CultureInfo.InvariantCulture);
            if (char.IsLowSurrogate((char)unit) || _position + 1 >= _text.Length || _text[_position] != '\\' || _text[_position + 1] != 'u')
            {
                return Fail(start, "JsonError_UnpairedSurrogateEscape", unpaired);
            }

            var lowStart = _position;
            _position += 2;
            var low = ReadHex4(lowStart);
            if (low < 0)
            {
                return false;
            }

            if (!char.IsLowSurrogate((char)low))
            {
                return Fail(start, "JsonError_UnpairedSurrogateEscape", unpaired);
            }

            value.Append((char)unit).Append((char)low);
            return true;
        }

        /// <summary>Reads the 4 hex digits after "\u" (the position is at the first one); -1 (error set) when invalid.</summary>
        private int ReadHex4(int escapeStart)
        {
            var unit = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = _position + i < _text.Length ? HexValue(_text[_position + i]) : -1;
                if (digit < 0)
                {
                    Fail(escapeStart, "JsonError_UnicodeEscapeDigits");
                    return -1;
                }

                unit = (unit * 16) + digit;
            }

            _position += 4;
            return unit;
        }
    }
}
