using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace OfflinePackage.Presets
{
    /// <summary>The XML property list format: &lt;plist&gt; around one value; no DTD, entity or external resource is loaded.</summary>
    internal static class XmlPlist
    {
        /// <exception cref="XmlException">The text is not well-formed XML.</exception>
        /// <exception cref="PlistFormatException">The XML is not a property list.</exception>
        public static PlistValue Read(byte[] content)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };

            XDocument document;
            using (var stream = new MemoryStream(content, writable: false))
            using (var reader = XmlReader.Create(stream, settings))
            {
                document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            }

            var plist = document.Root!;
            if (plist.Name.LocalName != "plist")
            {
                throw new PlistFormatException("PlistError_RootNotPlist", plist.Name.LocalName);
            }

            var values = plist.Elements().ToList();
            if (values.Count != 1)
            {
                throw new PlistFormatException("PlistError_PlistValueCount", values.Count.ToString(CultureInfo.InvariantCulture));
            }

            return ReadValue(values[0], 1);
        }

        private static PlistValue ReadValue(XElement element, int depth)
        {
            if (depth > PlistReader.MaxDepth)
            {
                throw new PlistFormatException("PlistError_TooDeep", PlistReader.MaxDepth.ToString(CultureInfo.InvariantCulture));
            }

            // Only a leaf's text is read: a container's Value concatenates everything below it.
            var name = element.Name.LocalName;
            var text = name == "array" || name == "dict" ? string.Empty : element.Value.Trim();
            switch (name)
            {
                case "string":
                    return PlistValue.String(element.Value);
                case "integer":
                    return IsInteger(text) ? PlistValue.Integer : throw PlistFormatException.At(element, "PlistError_NotAnInteger", text);
                case "real":
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                        ? PlistValue.Real
                        : throw PlistFormatException.At(element, "PlistError_NotANumber", text);
                case "true":
                case "false":
                    return PlistValue.Boolean;
                case "date":
                    return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _)
                        ? PlistValue.Date
                        : throw PlistFormatException.At(element, "PlistError_NotADate", text);
                case "data":
                    try
                    {
                        Convert.FromBase64String(new string(element.Value.Where(c => !char.IsWhiteSpace(c)).ToArray()));
                        return PlistValue.Data;
                    }
                    catch (FormatException)
                    {
                        throw PlistFormatException.At(element, "PlistError_NotBase64");
                    }

                case "array":
                    foreach (var item in element.Elements())
                    {
                        ReadValue(item, depth + 1);
                    }

                    return PlistValue.Array;
                case "dict":
                    return PlistValue.Dictionary(ReadEntries(element, depth));
                default:
                    throw PlistFormatException.At(element, "PlistError_UnknownElement", element.Name.LocalName);
            }
        }

        /// <summary>A &lt;dict&gt;'s &lt;key&gt;/value pairs, in order.</summary>
        private static List<KeyValuePair<string, PlistValue>> ReadEntries(XElement dict, int depth)
        {
            var entries = new List<KeyValuePair<string, PlistValue>>();
            var children = dict.Elements().ToList();
            for (var i = 0; i < children.Count; i += 2)
            {
                if (children[i].Name.LocalName != "key")
                {
                    throw PlistFormatException.At(children[i], "PlistError_KeyExpected", children[i].Name.LocalName);
                }

                if (i + 1 >= children.Count)
                {
                    throw PlistFormatException.At(children[i], "PlistError_KeyWithoutValue", children[i].Value);
                }

                entries.Add(new KeyValuePair<string, PlistValue>(children[i].Value, ReadValue(children[i + 1], depth + 1)));
            }

            return entries;
        }

        /// <summary>An optional sign and ASCII digits, what .NET's integer parsing with a leading sign accepts (of any size).</summary>
        private static bool IsInteger(string text)
        {
            var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            return text.Length > start && text.Skip(start).All(c => c >= '0' && c <= '9');
        }
    }
}
