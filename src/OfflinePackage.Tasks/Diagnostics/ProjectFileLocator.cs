using System;
using System.IO;
using System.Xml;

namespace OfflinePackage.Diagnostics
{
    /// <summary>
    /// Finds where a property is set in a project file, so that a property problem shows as
    /// file(line,col) in the IDE error list. Falls back to the file alone when the property is set
    /// elsewhere (an import, the command line) or the file cannot be read.
    /// </summary>
    public static class ProjectFileLocator
    {
        public static SourceLocation FindProperty(string projectFile, string propertyName)
        {
            try
            {
                if (!File.Exists(projectFile))
                {
                    return new SourceLocation(projectFile);
                }

                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(projectFile, settings);
                var info = (IXmlLineInfo)reader;
                SourceLocation? last = null;
                while (reader.Read())
                {
                    // MSBuild uses the last definition, so report the last one.
                    if (reader.NodeType == XmlNodeType.Element
                        && string.Equals(reader.LocalName, propertyName, StringComparison.OrdinalIgnoreCase))
                    {
                        last = new SourceLocation(projectFile, info.LineNumber, Math.Max(1, info.LinePosition - 1)); // column of the "<"
                    }
                }

                return last ?? new SourceLocation(projectFile);
            }
            catch (Exception e) when (e is XmlException || e is IOException || e is UnauthorizedAccessException)
            {
                return new SourceLocation(projectFile);
            }
        }
    }
}
