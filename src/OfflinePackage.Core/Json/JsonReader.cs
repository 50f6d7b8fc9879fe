using System.Collections.Generic;
using System.Globalization;

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
            var end = JsonLexer.ScanNumber(text, 0);
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

                        return Fail("JsonError_TextAfterValue", JsonLexer.Describe(c));
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

                        return Fail(inObject ? "JsonError_UnexpectedInObject" : "JsonError_UnexpectedInArray", JsonLexer.Describe(c));
                    default:
                        return false;
                }
            }

            return false;
        }

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
                    if (c != '-' && !JsonLexer.IsDigit(c))
                    {
                        return Fail("JsonError_UnexpectedExpectingValue", JsonLexer.Describe(c));
                    }

                    var end = JsonLexer.ScanNumber(_text, _position);
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
                return atEnd ? Fail("JsonError_EndExpectingName") : Fail("JsonError_UnexpectedExpectingName", JsonLexer.Describe(c));
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
                    : Fail("JsonError_UnexpectedExpectingColon", JsonLexer.Describe(_text[_position]));
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

        /// <summary>The string token at the current '"'; null, with the error recorded, when it is invalid.</summary>
        private string? ReadString()
        {
            var value = JsonLexer.ReadString(_text, ref _position, out var error);
            if (value == null)
            {
                Fail(error.At, error.Key, error.Argument == null ? new object?[0] : new object?[] { error.Argument });
            }

            return value;
        }
    }
}
