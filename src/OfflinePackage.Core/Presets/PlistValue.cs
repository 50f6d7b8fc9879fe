using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// What the checks need of a plist value once it is known to be well-formed: its type, and its text (a string) or its
    /// string entries (a dictionary). Numbers, dates, data and arrays are checked but not kept.
    /// </summary>
    internal sealed class PlistValue
    {
        public static readonly PlistValue Null = new PlistValue("PlistType_Null");
        public static readonly PlistValue Boolean = new PlistValue("PlistType_Boolean");
        public static readonly PlistValue Integer = new PlistValue("PlistType_Integer");
        public static readonly PlistValue Real = new PlistValue("PlistType_Real");
        public static readonly PlistValue Date = new PlistValue("PlistType_Date");
        public static readonly PlistValue Data = new PlistValue("PlistType_Data");
        public static readonly PlistValue Array = new PlistValue("PlistType_Array");

        private PlistValue(string typeKey, string? text = null, IReadOnlyDictionary<string, string>? strings = null)
        {
            TypeKey = typeKey;
            Text = text;
            Strings = strings;
        }

        /// <summary>What the value is, as OPK6027 says it ("an array", "data"): a <c>PlistType_</c> key of Strings.resx.</summary>
        public string TypeKey { get; }

        /// <summary>A string's value; null for every other type.</summary>
        public string? Text { get; }

        /// <summary>A dictionary's entries whose values are strings; null for every other type.</summary>
        public IReadOnlyDictionary<string, string>? Strings { get; }

        public static PlistValue String(string text) => new PlistValue("PlistType_String", text);

        /// <summary>A dictionary of these entries, in order; a later entry of a key replaces an earlier one, as in the plist formats.</summary>
        public static PlistValue Dictionary(IEnumerable<KeyValuePair<string, PlistValue>> entries)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry.Value.Text != null)
                {
                    strings[entry.Key] = entry.Value.Text;
                }
                else
                {
                    strings.Remove(entry.Key);
                }
            }

            return new PlistValue("PlistType_Dictionary", strings: strings);
        }
    }

    /// <summary>Why a plist is invalid: its message is a <c>PlistError_</c> text of Strings.resx, filled with the arguments.</summary>
    internal sealed class PlistFormatException : Exception
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
}
