using System;
using System.IO;
using System.Text;
using System.Xml;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Amr
{
    /// <summary>What a Manifest.xml says: &lt;uid&gt;, &lt;name&gt; and &lt;version&gt; of &lt;package&gt;.</summary>
    public sealed class ManifestInfo
    {
        public ManifestInfo(string uid, string? name, string version)
        {
            Uid = uid;
            Name = name;
            Version = version;
        }

        public string Uid { get; }

        /// <summary>"h5app" in everything the mPaaS console writes; null when the element is absent.</summary>
        public string? Name { get; }

        public string Version { get; }
    }

    /// <summary>
    /// The Manifest.xml of an .amr, byte for byte as the mPaaS console writes it: UTF-8 without BOM, '\n' line
    /// ends, two-space indent, name always "h5app", a final line break (132 bytes for an 8-digit ID and a
    /// 7-character version).
    /// </summary>
    public static class ManifestXml
    {
        public const string FileName = "Manifest.xml";

        /// <summary>The name the console always writes, whatever the H5App is called.</summary>
        public const string PackageName = "h5app";

        /// <summary>Manifest.xml files are about 130 bytes; the verifier refuses to read huge ones.</summary>
        public const int MaxBytes = 1024 * 1024;

        public static string Render(string packageId, string version) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<package>\n"
            + "  <uid>" + Escape(packageId) + "</uid>\n"
            + "  <name>" + PackageName + "</name>\n"
            + "  <version>" + Escape(version) + "</version>\n"
            + "</package>\n";

        public static byte[] RenderBytes(string packageId, string version) => new UTF8Encoding(false).GetBytes(Render(packageId, version));

        /// <summary>
        /// Reads uid, name and version; null with a reason in <paramref name="error"/> when the XML is not a manifest
        /// (a <c>ManifestError_</c> text: it fills AmrDetail_ManifestUnreadable).
        /// </summary>
        public static ManifestInfo? TryParse(byte[] bytes, out string error)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                IgnoreProcessingInstructions = true,
                MaxCharactersInDocument = MaxBytes,
            };
            string? uid = null;
            string? name = null;
            string? version = null;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
                reader.MoveToContent();
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "package")
                {
                    error = Texts.ManifestError_RootNotPackage;
                    return null;
                }

                if (reader.IsEmptyElement)
                {
                    error = Texts.ManifestError_PackageEmpty;
                    return null;
                }

                reader.ReadStartElement();
                while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Skip();
                        continue;
                    }

                    var element = reader.LocalName;
                    switch (element)
                    {
                        case "uid":
                            uid = Once(uid, element, reader.ReadElementContentAsString());
                            break;
                        case "name":
                            name = Once(name, element, reader.ReadElementContentAsString());
                            break;
                        case "version":
                            version = Once(version, element, reader.ReadElementContentAsString());
                            break;
                        default:
                            SkipElementWithoutUidOrVersion(reader);
                            break;
                    }
                }

                // Past </package> only comments and whitespace (which the settings skip): nothing another reader could take.
                if (reader.Read())
                {
                    error = Texts.ManifestError_ContentAfterRoot;
                    return null;
                }
            }
            catch (XmlException e)
            {
                error = Texts.ManifestError_NotWellFormed.With(e.Message);
                return null;
            }
            catch (DuplicateElementException e)
            {
                error = (e.Nested ? Texts.ManifestError_NestedElement : Texts.ManifestError_DuplicateElement).With(e.Element);
                return null;
            }

            if (string.IsNullOrEmpty(uid) || string.IsNullOrEmpty(version))
            {
                error = string.IsNullOrEmpty(uid) ? Texts.ManifestError_NoUid : Texts.ManifestError_NoVersion;
                return null;
            }

            error = string.Empty;
            return new ManifestInfo(uid!, name, version!);
        }

        /// <summary>
        /// Skips an element other than uid, name and version; a uid or version inside it is an error, as a reader that
        /// takes the first &lt;uid&gt; anywhere in the document would take that one.
        /// </summary>
        private static void SkipElementWithoutUidOrVersion(XmlReader reader)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element && (reader.LocalName == "uid" || reader.LocalName == "version"))
                {
                    throw new DuplicateElementException(reader.LocalName, nested: true);
                }

                reader.Read();
            }

            reader.Read();
        }

        private static string Once(string? existing, string element, string value) =>
            existing == null ? value : throw new DuplicateElementException(element);

        private static string Escape(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>An element of &lt;package&gt; appears twice, or below another element; caught in <see cref="TryParse"/>, never thrown out of it.</summary>
        private sealed class DuplicateElementException : Exception
        {
            public DuplicateElementException(string element, bool nested = false)
            {
                Element = element;
                Nested = nested;
            }

            public string Element { get; }

            /// <summary>The element is not a direct child of &lt;package&gt;.</summary>
            public bool Nested { get; }
        }
    }
}
