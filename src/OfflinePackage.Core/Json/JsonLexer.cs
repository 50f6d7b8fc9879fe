using System.Globalization;
using System.Text;

namespace OfflinePackage.Json
{
    /// <summary>Why a token cannot be read: a <c>JsonError_</c> key of Strings.resx, the offset it points at and the text's argument.</summary>
    internal readonly struct JsonLexError
    {
        public JsonLexError(string key, int at, string? argument = null)
        {
            Key = key;
            At = at;
            Argument = argument;
        }

        public string Key { get; }

        public int At { get; }

        public string? Argument { get; }
    }

    /// <summary>The inside of <see cref="JsonReader"/>'s string and number tokens: escapes, surrogates and digits.</summary>
    internal static class JsonLexer
    {
        /// <summary>How a character is named in an error: 'x', or U+000A for control, space and surrogate characters.</summary>
        public static string Describe(char c) =>
            c < 0x20 || c == 0x7F || char.IsSurrogate(c) || char.IsWhiteSpace(c)
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";

        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>The end of the number token starting at <paramref name="start"/>, or -1 when there is none.</summary>
        public static int ScanNumber(string text, int start)
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
                i = i + 1 < text.Length && IsDigit(text[i + 1]) ? SkipDigits(text, i + 1) : -1;
            }

            if (i > 0 && i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                i = i < text.Length && IsDigit(text[i]) ? SkipDigits(text, i) : -1;
            }

            return i;
        }

        /// <summary>
        /// The value of the string token whose '"' is at <paramref name="position"/>, which then moves past the closing
        /// '"'; null when the token is invalid, with the reason in <paramref name="error"/>.
        /// </summary>
        public static string? ReadString(string text, ref int position, out JsonLexError error)
        {
            error = default;
            var value = new StringBuilder();
            var at = position + 1;
            while (true)
            {
                if (at >= text.Length)
                {
                    error = new JsonLexError("JsonError_UnterminatedString", at);
                    return null;
                }

                var c = text[at];
                if (c == '"')
                {
                    position = at + 1;
                    return value.ToString();
                }

                if (c == '\\')
                {
                    at = ReadEscape(text, at, value, out error);
                    if (at < 0)
                    {
                        return null;
                    }

                    continue;
                }

                if (c < 0x20)
                {
                    error = new JsonLexError("JsonError_ControlCharacter", at, Describe(c));
                    return null;
                }

                if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
                {
                    value.Append(c).Append(text[at + 1]);
                    at += 2;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    error = new JsonLexError("JsonError_UnpairedSurrogate", at, Describe(c));
                    return null;
                }

                value.Append(c);
                at++;
            }
        }

        private static int SkipDigits(string text, int i)
        {
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            return i;
        }

        private static int HexValue(char c) =>
            c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
            : -1;

        /// <summary>Appends the escape at <paramref name="start"/> (its '\'); the offset after it, or -1 with <paramref name="error"/> set.</summary>
        private static int ReadEscape(string text, int start, StringBuilder value, out JsonLexError error)
        {
            error = default;
            if (start + 1 >= text.Length)
            {
                error = new JsonLexError("JsonError_UnterminatedEscape", start);
                return -1;
            }

            var e = text[start + 1];
            var simple = "\"\\/bfnrt".IndexOf(e);
            if (simple >= 0)
            {
                value.Append("\"\\/\b\f\n\r\t"[simple]);
                return start + 2;
            }

            if (e != 'u')
            {
                error = new JsonLexError("JsonError_InvalidEscape", start, e < 0x20 || char.IsSurrogate(e) ? Describe(e) : e.ToString());
                return -1;
            }

            var unit = ReadHex4(text, start + 2);
            if (unit < 0)
            {
                error = new JsonLexError("JsonError_UnicodeEscapeDigits", start);
                return -1;
            }

            if (!char.IsSurrogate((char)unit))
            {
                value.Append((char)unit);
                return start + 6;
            }

            // A high surrogate must be followed by the escape of a low one.
            var low = char.IsHighSurrogate((char)unit) && start + 7 < text.Length && text[start + 6] == '\\' && text[start + 7] == 'u'
                ? ReadHex4(text, start + 8)
                : -2;
            if (low == -1)
            {
                error = new JsonLexError("JsonError_UnicodeEscapeDigits", start + 6);
                return -1;
            }

            if (low < 0 || !char.IsLowSurrogate((char)low))
            {
                error = new JsonLexError("JsonError_UnpairedSurrogateEscape", start, unit.ToString("x4", CultureInfo.InvariantCulture));
                return -1;
            }

            value.Append((char)unit).Append((char)low);
            return start + 12;
        }

        /// <summary>The UTF-16 unit of the 4 hex digits at <paramref name="at"/>; -1 when there are not 4 of them.</summary>
        private static int ReadHex4(string text, int at)
        {
            var unit = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = at + i < text.Length ? HexValue(text[at + i]) : -1;
                if (digit < 0)
                {
                    return -1;
                }

                unit = (unit * 16) + digit;
            }

            return unit;
        }
    }
}
