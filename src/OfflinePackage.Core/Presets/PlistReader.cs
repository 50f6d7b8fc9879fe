using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>What the checks read from an Info.plist: the string values of its root dictionary.</summary>
    public sealed class PlistDocument
    {
        private readonly IReadOnlyDictionary<string, string> _strings;

        /// <param name="source">The path (or name) the plist was read from, for messages.</param>
        /// <param name="strings">The root dictionary's entries whose values are strings.</param>
        public PlistDocument(string source, IReadOnlyDictionary<string, string> strings)
        {
            Source = source;
            _strings = strings;
        }

        /// <summary>The path (or name) the plist was read from, for messages.</summary>
        public string Source { get; }

        /// <summary>"Product Version", the version mPaaS compares the iOS client range with; null when absent or not a string.</summary>
        public string? ProductVersion => GetString(PlistReader.ProductVersionKey);

        /// <summary>CFBundleShortVersionString; null when absent or not a string.</summary>
        public string? ShortVersion => GetString(PlistReader.ShortVersionKey);

        /// <summary>A top-level string value; null when the key is absent or its value is not a string.</summary>
        public string? GetString(string key) => _strings.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>
    /// Reads Info.plist files in XML and binary (bplist00) format: every value is checked, the root dictionary's strings
    /// are kept. Problems (missing file, unreadable, corrupt, OpenStep/other formats, root not a dictionary) are
    /// findings about the file, never exceptions.
    /// </summary>
    public static class PlistReader
    {
        /// <summary>The Info.plist key the mPaaS iOS client compares release ranges with (spec §4.2).</summary>
        public const string ProductVersionKey = "Product Version";

        public const string ShortVersionKey = "CFBundleShortVersionString";

        /// <summary>The most read of an Info.plist (they are a few kilobytes; a guard against hostile files).</summary>
        public const int MaxBytes = 4 * 1024 * 1024;

        /// <summary>Deepest nesting of arrays/dicts read (a guard against hostile files).</summary>
        internal const int MaxDepth = 512;

        public static Checked<PlistDocument> Read(string path)
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(path))
                {
                    return Failed(DiagnosticCatalog.PlistNotFound, path);
                }

                bytes = BoundedFile.ReadAllBytes(path, MaxBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Failed(DiagnosticCatalog.PlistUnreadable, path, e.Message.TrimEnd('.'));
            }

            return Parse(bytes, path);
        }

        /// <summary>Parses plist bytes; <paramref name="source"/> names them in findings.</summary>
        public static Checked<PlistDocument> Parse(byte[] content, string source)
        {
            if (content.Length == 0)
            {
                return Failed(DiagnosticCatalog.PlistInvalid, source, Strings.Get("PlistError_Empty"));
            }

            try
            {
                if (StartsWith(content, "bplist"))
                {
                    if (content.Length < 8)
                    {
                        return Failed(DiagnosticCatalog.PlistInvalid, source, Strings.Get("PlistError_TooShort"));
                    }

                    return StartsWith(content, "bplist00")
                        ? Root(source, new BinaryPlist(content).ReadRoot())
                        : Failed(DiagnosticCatalog.PlistUnsupportedFormat, source, Encoding.ASCII.GetString(content, 0, 8));
                }

                var first = FirstSignificantByte(content);
                if (first == '{' || first == '(')
                {
                    return Failed(DiagnosticCatalog.PlistUnsupportedFormat, source, "OpenStep");
                }

                return first == '<'
                    ? Root(source, XmlPlist.Read(content))
                    : Failed(DiagnosticCatalog.PlistInvalid, source, Strings.Get("PlistError_NotAPropertyList"));
            }
            catch (Exception e) when (e is XmlException || e is PlistFormatException)
            {
                return Failed(DiagnosticCatalog.PlistInvalid, source, e.Message.TrimEnd('.'));
            }
        }

        private static Checked<PlistDocument> Root(string source, PlistValue root) =>
            root.Strings != null
                ? new Checked<PlistDocument>(new PlistDocument(source, root.Strings), Array.Empty<Diagnostic>())
                : Failed(DiagnosticCatalog.PlistRootNotDictionary, source, Strings.Get(root.TypeKey));

        /// <summary>The finding <paramref name="descriptor"/> about the file <paramref name="source"/>, which is also its first argument.</summary>
        private static Checked<PlistDocument> Failed(DiagnosticDescriptor descriptor, string source, params string[] details)
        {
            var args = new object[details.Length + 1];
            args[0] = source;
            details.CopyTo(args, 1);
            return Checked<PlistDocument>.Failed(new Diagnostic(descriptor, new Subject(source), args));
        }

        private static bool StartsWith(byte[] content, string ascii)
        {
            if (content.Length < ascii.Length)
            {
                return false;
            }

            for (var i = 0; i < ascii.Length; i++)
            {
                if (content[i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first character after a BOM and whitespace ('&lt;' for UTF-16 XML too), or -1.</summary>
        private static int FirstSignificantByte(byte[] content)
        {
            if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
            {
                return '<';
            }

            var i = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
            while (i < content.Length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n'))
            {
                i++;
            }

            return i < content.Length ? content[i] : -1;
        }
    }
}
