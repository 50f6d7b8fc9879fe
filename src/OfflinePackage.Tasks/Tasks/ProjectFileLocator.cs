using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Finds where a property or item is set in a project file, so that its problem shows as file(line,col)
    /// in the IDE error list. Falls back to the file alone when it is set elsewhere (an import, the command
    /// line) or the file cannot be read.
    /// </summary>
    public static class ProjectFileLocator
    {
        /// <summary>
        /// The last element setting <paramref name="propertyName"/> (MSBuild uses the last). When
        /// <paramref name="value"/> is given and that element plainly holds something else, the value came from
        /// elsewhere (e.g. -p: on the command line) and only the file is returned.
        /// </summary>
        public static Subject FindProperty(string projectFile, string propertyName, string? value = null)
        {
            var document = Load(projectFile);
            var element = document?.Descendants()
                .LastOrDefault(e => e.Parent?.Name.LocalName == "PropertyGroup"
                    && string.Equals(e.Name.LocalName, propertyName, StringComparison.OrdinalIgnoreCase));
            if (element == null)
            {
                return new Subject(projectFile);
            }

            var text = element.Value;
            if (value != null && text != value && text.IndexOf("$(", StringComparison.Ordinal) < 0)
            {
                return new Subject(projectFile);
            }

            return At(projectFile, element);
        }

        /// <summary>The item element of <paramref name="itemType"/> whose Include lists <paramref name="itemSpec"/>.</summary>
        public static Subject FindItem(string projectFile, string itemType, string itemSpec)
        {
            var wanted = Normalize(itemSpec);
            var element = Load(projectFile)?.Descendants()
                .FirstOrDefault(e => e.Name.LocalName == itemType
                    && ((string?)e.Attribute("Include") ?? string.Empty).Split(';').Any(i => Normalize(i) == wanted));
            return element == null ? new Subject(projectFile) : At(projectFile, element);
        }

        private static string Normalize(string path) => path.Trim().Replace('\\', '/').TrimEnd('/');

        private static Subject At(string projectFile, XElement element)
        {
            var info = (IXmlLineInfo)element;
            // XmlReader reports the column of the name; MSBuild reports the column of the "<".
            return new Subject(projectFile, info.LineNumber, Math.Max(1, info.LinePosition - 1));
        }

        private static XDocument? Load(string projectFile)
        {
            try
            {
                if (!File.Exists(projectFile))
                {
                    return null;
                }

                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(projectFile, settings);
                return XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
            catch (Exception e) when (e is XmlException || e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
