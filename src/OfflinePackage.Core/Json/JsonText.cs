using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OfflinePackage.Json
{
    /// <summary>How <see cref="JsonText.Write(JsonItem, JsonLayout)"/> lays out objects and arrays.</summary>
    public enum JsonLayout
    {
        /// <summary>One line, no spaces: <c>{"a":[1,2]}</c>.</summary>
        Compact,

        /// <summary>One member per line, tab indentation, <c>"name":value</c> (the console's own output, fastjson's pretty format).</summary>
        Tabs,

        /// <summary>One member per line, two-space indentation, <c>"name": value</c> (the mpaas-demo Android file).</summary>
        TwoSpaces,
    }

    /// <summary>
    /// JSON text to a tree of <see cref="JsonItem"/>s (through <see cref="JsonReader"/>) and back, and the one JSON string
    /// writer (<see cref="Quote"/>) every JSON file the SDK writes uses.
    /// </summary>
    public static class JsonText
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The value of a whole JSON text, or the first reason it is not JSON.</summary>
        public static JsonParseResult Parse(string text)
        {
            var reader = new JsonReader(text);
            var value = reader.Read() ? ReadItem(reader) : null;
            if (value != null)
            {
                // Only the end of the text may follow: this sets the error when something else does.
                reader.Read();
            }

            return reader.Error == null ? new JsonParseResult(value, null) : new JsonParseResult(null, reader.Error);
        }

        /// <summary>Whether the text is exactly one JSON number token.</summary>
        public static bool IsNumber(string text) => JsonReader.IsNumber(text);

        /// <summary>
        /// The UTF-8 <paramref name="bytes"/> from <paramref name="start"/> on as text; null when they are not valid UTF-8, with
        /// the offset of the first bad byte (counted from the array's start) in <paramref name="invalidAt"/>.
        /// </summary>
        public static string? DecodeUtf8(byte[] bytes, int start, out int invalidAt)
        {
            try
            {
                invalidAt = -1;
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                invalidAt = e.Index >= 0 ? e.Index + start : start;
                return null;
            }
        }

        /// <summary>A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, everything else as is.</summary>
        public static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2);
            AppendQuoted(text, value);
            return text.ToString();
        }

        /// <summary>JSON text of a value: Compact on one line, or indented like the console's h5_json.json.</summary>
        public static string Write(JsonItem value, JsonLayout layout = JsonLayout.Compact)
        {
            var text = new StringBuilder();
            Write(text, value, layout, 0);
            return text.ToString();
        }

        private static JsonItem? ReadItem(JsonReader reader)
        {
            switch (reader.Token)
            {
                case JsonToken.StartArray:
                    var items = new List<JsonItem>();
                    while (reader.Read())
                    {
                        if (reader.Token == JsonToken.EndArray)
                        {
                            return JsonItem.Array(items);
                        }

                        var item = ReadItem(reader);
                        if (item == null)
                        {
                            return null;
                        }

                        items.Add(item);
                    }

                    return null;
                case JsonToken.StartObject:
                    var members = new List<JsonMember>();
                    while (reader.Read())
                    {
                        if (reader.Token == JsonToken.EndObject)
                        {
                            return JsonItem.Object(members);
                        }

                        var name = reader.Value;
                        var value = reader.Read() ? ReadItem(reader) : null;
                        if (value == null)
                        {
                            return null;
                        }

                        members.Add(new JsonMember(name, value));
                    }

                    return null;
                case JsonToken.String:
                    return JsonItem.String(reader.Value);
                case JsonToken.Number:
                    return JsonItem.FromNumberToken(reader.Value);
                case JsonToken.True:
                    return JsonItem.True;
                case JsonToken.False:
                    return JsonItem.False;
                default:
                    return JsonItem.Null;
            }
        }

        private static void Write(StringBuilder text, JsonItem value, JsonLayout layout, int depth)
        {
            var isArray = value.Kind == JsonItemKind.Array;
            if (!isArray && value.Kind != JsonItemKind.Object)
            {
                if (value.Kind == JsonItemKind.String)
                {
                    AppendQuoted(text, value.Text);
                }
                else
                {
                    text.Append(value.Text);
                }

                return;
            }

            var count = isArray ? value.Items.Count : value.Members.Count;
            text.Append(isArray ? '[' : '{');
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                NewLine(text, layout, depth + 1);
                if (!isArray)
                {
                    AppendQuoted(text, value.Members[i].Name);
                    text.Append(layout == JsonLayout.TwoSpaces ? ": " : ":");
                }

                Write(text, isArray ? value.Items[i] : value.Members[i].Value, layout, depth + 1);
            }

            if (count > 0)
            {
                NewLine(text, layout, depth);
            }

            text.Append(isArray ? ']' : '}');
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

        private static void AppendQuoted(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }
    }
}
