using System;
using System.Collections.Generic;
using System.Text;

namespace OfflinePackage.Signing
{
    /// <summary>One "-----BEGIN label----- … -----END label-----" block (RFC 7468, plus RFC 1421 headers).</summary>
    internal sealed class PemBlock
    {
        public PemBlock(string label, byte[]? data, bool encrypted)
        {
            Label = label;
            Data = data;
            Encrypted = encrypted;
        }

        public string Label { get; }

        /// <summary>The decoded content; null when the Base64 is invalid.</summary>
        public byte[]? Data { get; }

        /// <summary>An OpenSSL "traditional" encrypted key: a "Proc-Type: 4,ENCRYPTED" header.</summary>
        public bool Encrypted { get; }
    }

    internal static class Pem
    {
        private const string BeginMarker = "-----BEGIN ";
        private const string EndMarker = "-----END ";
        private const string Dashes = "-----";

        /// <summary>
        /// Every complete block in the text, in order. Text outside blocks is ignored. Linear in the text's length: the
        /// END lines are indexed once, so a BEGIN without its END costs no scan of the rest of the text.
        /// </summary>
        public static List<PemBlock> Parse(string text)
        {
            var ends = new EndIndex(text);
            var blocks = new List<PemBlock>();
            var at = 0;
            while (true)
            {
                var begin = text.IndexOf(BeginMarker, at, StringComparison.Ordinal);
                if (begin < 0)
                {
                    break;
                }

                var labelStart = begin + BeginMarker.Length;
                var labelEnd = text.IndexOf(Dashes, labelStart, StringComparison.Ordinal);
                if (labelEnd < 0)
                {
                    break;
                }

                var label = text.Substring(labelStart, labelEnd - labelStart).Trim();
                var contentStart = labelEnd + Dashes.Length;
                var end = ends.Next(label, contentStart);
                if (end < 0)
                {
                    at = contentStart;
                    continue;
                }

                blocks.Add(Decode(label, text.Substring(contentStart, end - contentStart)));
                at = end + EndMarker.Length + label.Length + Dashes.Length;
            }

            return blocks;
        }

        /// <summary>Standard Base64 with all whitespace removed; null when it is not valid Base64.</summary>
        public static byte[]? DecodeBase64(string text)
        {
            var compact = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    compact.Append(c);
                }
            }

            if (compact.Length == 0)
            {
                return null;
            }

            try
            {
                return Convert.FromBase64String(compact.ToString());
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>A PEM block with 64-column Base64 lines and '\n' line ends, ending in a line break.</summary>
        public static string Write(string label, byte[] data)
        {
            var base64 = Convert.ToBase64String(data);
            var text = new StringBuilder();
            text.Append(BeginMarker).Append(label).Append(Dashes).Append('\n');
            for (var i = 0; i < base64.Length; i += 64)
            {
                text.Append(base64, i, Math.Min(64, base64.Length - i)).Append('\n');
            }

            text.Append(EndMarker).Append(label).Append(Dashes).Append('\n');
            return text.ToString();
        }

        private static PemBlock Decode(string label, string content)
        {
            var encrypted = false;
            var base64 = new StringBuilder(content.Length);
            foreach (var rawLine in content.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.IndexOf(':') >= 0)
                {
                    // RFC 1421 header, e.g. "Proc-Type: 4,ENCRYPTED" or "DEK-Info: AES-128-CBC,…".
                    if (line.StartsWith("Proc-Type:", StringComparison.OrdinalIgnoreCase)
                        && line.IndexOf("ENCRYPTED", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        encrypted = true;
                    }

                    continue;
                }

                base64.Append(line);
            }

            return new PemBlock(label, DecodeBase64(base64.ToString()), encrypted);
        }

        /// <summary>
        /// Where each "-----END label-----" line starts, by label (the text up to the next "-----"), read in one pass;
        /// <see cref="Next"/> moves forward only. A label ending in '-' (not allowed by RFC 7468) finds no END line.
        /// </summary>
        private sealed class EndIndex
        {
            private readonly Dictionary<string, List<int>> _positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _next = new Dictionary<string, int>(StringComparer.Ordinal);

            public EndIndex(string text)
            {
                for (var at = text.IndexOf(EndMarker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(EndMarker, at + 1, StringComparison.Ordinal))
                {
                    var labelStart = at + EndMarker.Length;
                    var labelEnd = text.IndexOf(Dashes, labelStart, StringComparison.Ordinal);
                    if (labelEnd < 0)
                    {
                        break;
                    }

                    var label = text.Substring(labelStart, labelEnd - labelStart);
                    if (!_positions.TryGetValue(label, out var list))
                    {
                        _positions[label] = list = new List<int>();
                    }

                    list.Add(at);
                }
            }

            /// <summary>The first END line of <paramref name="label"/> at or after <paramref name="from"/>, or -1; <paramref name="from"/> never decreases.</summary>
            public int Next(string label, int from)
            {
                if (!_positions.TryGetValue(label, out var list))
                {
                    return -1;
                }

                _next.TryGetValue(label, out var next);
                while (next < list.Count && list[next] < from)
                {
                    next++;
                }

                _next[label] = next;
                return next < list.Count ? list[next] : -1;
            }
        }
    }
}
