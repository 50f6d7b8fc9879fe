using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

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
                text.Append(i == 0 ? string.Empty : ",").Append(JsonText.Quote(_entries[i].Key)).Append(':').Append(JsonText.Quote(_entries[i].Value));
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
            var text = JsonText.DecodeUtf8(bytes, 0, out _);
            if (text == null)
            {
                error = Strings.Get("CertJsonError_NotUtf8");
                return null;
            }

            // A UTF-8 byte order mark is tolerated, as most JSON readers do (positions in the reasons count it).
            var reader = new JsonReader(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            var entries = ReadEntries(reader, text, out error);
            return entries == null ? null : new CertJson(entries);
        }

        /// <summary>The members of the one object of strings <paramref name="reader"/> reads, stopping at the first token that is not one.</summary>
        private static List<KeyValuePair<string, string>>? ReadEntries(JsonReader reader, string text, out string error)
        {
            if (!reader.Read() || reader.Token != JsonToken.StartObject)
            {
                error = reader.Error?.MessageKey == "JsonError_EmptyInput"
                    ? Strings.Format("CertJsonError_ExpectedAtEnd", '{')
                    : Strings.Format("CertJsonError_Expected", '{', reader.TokenStart);
                return null;
            }

            var entries = new List<KeyValuePair<string, string>>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.Token == JsonToken.Name)
            {
                var name = reader.Value;
                var read = reader.Read();

                // A value that starts with '"' and does not read is a broken string; any other value is not a string at all.
                if (!read && reader.TokenStart < text.Length && text[reader.TokenStart] == '"')
                {
                    error = Reason(reader.Error!);
                    return null;
                }

                if (!read || reader.Token != JsonToken.String)
                {
                    error = Strings.Format("CertJsonError_ValueNotString", Shorten(name));
                    return null;
                }

                if (!names.Add(name))
                {
                    error = Strings.Format("CertJsonError_DuplicateName", Shorten(name));
                    return null;
                }

                entries.Add(new KeyValuePair<string, string>(name, reader.Value));
            }

            if (reader.Token == JsonToken.EndObject)
            {
                reader.Read();
            }

            error = reader.Error == null ? string.Empty : Reason(reader.Error);
            return reader.Error == null ? entries : null;
        }

        /// <summary>What CERT.json's reasons (<c>CertJsonError_</c> texts of Strings.resx) call the reader's error.</summary>
        private static string Reason(JsonError error)
        {
            switch (error.MessageKey)
            {
                case "JsonError_EndExpectingName":
                case "JsonError_UnexpectedExpectingName":
                    return Strings.Format("CertJsonError_NameExpected", error.Offset);
                case "JsonError_EndExpectingColon":
                    return Strings.Format("CertJsonError_ExpectedAtEnd", ':');
                case "JsonError_UnexpectedExpectingColon":
                    return Strings.Format("CertJsonError_Expected", ':', error.Offset);
                case "JsonError_EndInObject":
                    return Strings.Format("CertJsonError_ExpectedAtEnd", '}');
                case "JsonError_UnexpectedInObject":
                    return Strings.Format("CertJsonError_Expected", '}', error.Offset);
                case "JsonError_TextAfterValue":
                    return Strings.Format("CertJsonError_TextAfterObject", error.Offset);
                case "JsonError_ControlCharacter":
                    return Strings.Format("CertJsonError_ControlCharacter", error.Offset);
                case "JsonError_InvalidEscape":
                    return Strings.Format("CertJsonError_InvalidEscape", error.Offset);
                case "JsonError_UnicodeEscapeDigits":
                case "JsonError_UnpairedSurrogateEscape":
                    return Strings.Format("CertJsonError_InvalidUnicodeEscape", error.Offset);
                default:
                    // An unterminated string or escape: nothing else can end a name or a string value early.
                    return Strings.Get("CertJsonError_StringNotClosed");
            }
        }

        private static string Shorten(string key) => key.Length > 60 ? key.Substring(0, 60) + "…" : key;
    }
}
