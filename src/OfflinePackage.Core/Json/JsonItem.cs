using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OfflinePackage.Json
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

        public override string ToString() => JsonText.Quote(Name) + ":" + JsonText.Write(Value);
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
}
