using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// CERT.json: for every other root file of an .amr, its name and the Base64 of its SHA1withRSA signature.
    /// Rendered as the mPaaS console writes it: one line, no spaces, keys in the order given (the tar first,
    /// then Manifest.xml), standard Base64 without line breaks, followed by a space and '\n'.
    /// Parsing accepts any JSON object of strings (Alipay's own packages pretty-print it and wrap the Base64).
    /// </summary>
    public sealed class CertJson
    {
        public const string FileName = "CERT.json";

        /// <summary>What follows the closing brace in the console's output.</summary>
        public const string Trailer = " \n";

        /// <summary>CERT.json files are under a kilobyte; the verifier refuses to read huge ones.</summary>
        public const int MaxBytes = 1024 * 1024;

        private readonly List<KeyValuePair<string, string>> _entries;
        private readonly Dictionary<string, string> _byName;

        /// <summary>A CERT.json of raw signatures, in the order given.</summary>
        public CertJson(IEnumerable<KeyValuePair<string, byte[]>> signatures)
            : this(signatures.Select(s => new KeyValuePair<string, string>(s.Key, Convert.ToBase64String(s.Value))))
        {
        }

        private CertJson(IEnumerable<KeyValuePair<string, string>> entries)
        {
            _entries = entries.ToList();
            _byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                if (_byName.ContainsKey(entry.Key))
                {
                    throw new ArgumentException($"'{entry.Key}' is signed twice.");
                }

                _byName.Add(entry.Key, entry.Value);
            }
        }

        /// <summary>The signed file names, in file order.</summary>
        public IReadOnlyList<string> Names => _entries.Select(e => e.Key).ToList();

        /// <summary>The Base64 text stored for <paramref name="name"/>, or null when the file is not listed.</summary>
        public string? GetBase64(string name) => _byName.TryGetValue(name, out var value) ? value : null;

        /// <summary>
        /// The signature bytes for <paramref name="name"/>; null when the file is not listed or the value is not
        /// standard Base64 (whitespace inside it is ignored, as Android's Base64.DEFAULT does).
        /// </summary>
        public byte[]? GetSignature(string name)
        {
            var text = GetBase64(name);
            if (text == null)
            {
                return null;
            }

            try
            {
                var compact = new string(text.Where(c => c != ' ' && c != '\t' && c != '\r' && c != '\n').ToArray());
                return compact.Length == 0 ? null : Convert.FromBase64String(compact);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        public string Render()
        {
            var text = new StringBuilder("{");
            for (var i = 0; i < _entries.Count; i++)
            {
                text.Append(i == 0 ? "\"" : ",\"").Append(AmrJson.Escape(_entries[i].Key)).Append("\":\"")
                    .Append(AmrJson.Escape(_entries[i].Value)).Append('"');
            }

            return text.Append('}').Append(Trailer).ToString();
        }

        public byte[] RenderBytes() => new UTF8Encoding(false).GetBytes(Render());

        /// <summary>
        /// Reads a JSON object whose values are all strings; null with a reason in <paramref name="error"/> for
        /// anything else (invalid UTF-8 or JSON, other value types, duplicate keys, text after the object). The reason
        /// is a <c>CertJsonError_</c> text of Strings.resx: it fills AmrDetail_CertJsonUnreadable.
        /// </summary>
        public static CertJson? TryParse(byte[] bytes, out string error)
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (ArgumentException)
            {
                error = Strings.Get("CertJsonError_NotUtf8");
                return null;
            }

            var parser = new Parser(text);
            try
            {
                var entries = parser.ParseObject();
                error = string.Empty;
                return new CertJson(entries);
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return null;
            }
        }

        /// <summary>A strict reader of one JSON object of string values (RFC 8259).</summary>
        private sealed class Parser
        {
            private readonly string _text;
            private int _at;

            public Parser(string text)
            {
                _text = text;

                // A UTF-8 byte order mark is tolerated, as most JSON readers do.
                _at = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            }

            public List<KeyValuePair<string, string>> ParseObject()
            {
                var entries = new List<KeyValuePair<string, string>>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                SkipWhitespace();
                Expect('{');
                SkipWhitespace();
                if (Peek() == '}')
                {
                    _at++;
                }
                else
                {
                    while (true)
                    {
                        SkipWhitespace();
                        var key = ParseString("CertJsonError_NameExpected");
                        SkipWhitespace();
                        Expect(':');
                        SkipWhitespace();
                        if (Peek() != '"')
                        {
                            throw Failure("CertJsonError_ValueNotString", Shorten(key));
                        }

                        var value = ParseString("CertJsonError_ValueExpected");
                        if (!names.Add(key))
                        {
                            throw Failure("CertJsonError_DuplicateName", Shorten(key));
                        }

                        entries.Add(new KeyValuePair<string, string>(key, value));
                        SkipWhitespace();
                        if (Peek() == ',')
                        {
                            _at++;
                            continue;
                        }

                        Expect('}');
                        break;
                    }
                }

                SkipWhitespace();
                if (_at < _text.Length)
                {
                    throw Failure("CertJsonError_TextAfterObject", _at);
                }

                return entries;
            }

            /// <summary>Reads a string at the current '"'; <paramref name="expectedKey"/> (a <c>CertJsonError_</c> key with the position as {0}) is the error when there is none.</summary>
            private string ParseString(string expectedKey)
            {
                if (Peek() != '"')
                {
                    throw Failure(expectedKey, _at);
                }

                _at++;
                var value = new StringBuilder();
                while (true)
                {
                    if (_at >= _text.Length)
                    {
                        throw Failure("CertJsonError_StringNotClosed");
                    }

                    var c = _text[_at++];
                    if (c == '"')
                    {
                        return value.ToString();
                    }

                    if (c < 0x20)
                    {
                        throw Failure("CertJsonError_ControlCharacter", _at - 1);
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    if (_at >= _text.Length)
                    {
                        throw Failure("CertJsonError_StringNotClosed");
                    }

                    var escape = _text[_at++];
                    switch (escape)
                    {
                        case '"': value.Append('"'); break;
                        case '\\': value.Append('\\'); break;
                        case '/': value.Append('/'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'n': value.Append('\n'); break;
                        case 'r': value.Append('\r'); break;
                        case 't': value.Append('\t'); break;
                        case 'u':
                            if (_at + 4 > _text.Length
                                || !int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            {
                                throw Failure("CertJsonError_InvalidUnicodeEscape", _at - 2);
                            }

                            value.Append((char)code);
                            _at += 4;
                            break;
                        default:
                            throw Failure("CertJsonError_InvalidEscape", _at - 2);
                    }
                }
            }

            private char Peek() => _at < _text.Length ? _text[_at] : '\0';

            private void Expect(char c)
            {
                if (Peek() != c)
                {
                    throw _at < _text.Length ? Failure("CertJsonError_Expected", c, _at) : Failure("CertJsonError_ExpectedAtEnd", c);
                }

                _at++;
            }

            private void SkipWhitespace()
            {
                while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r'))
                {
                    _at++;
                }
            }

            private static string Shorten(string key) => key.Length > 60 ? key.Substring(0, 60) + "…" : key;

            /// <summary>Why the text is not a CERT.json: <paramref name="reasonKey"/>'s text (a <c>CertJsonError_</c> key of Strings.resx) filled with <paramref name="reasonArguments"/>.</summary>
            private static FormatException Failure(string reasonKey, params object[] reasonArguments) =>
                new FormatException(Strings.Format(reasonKey, reasonArguments));
        }
    }
}
