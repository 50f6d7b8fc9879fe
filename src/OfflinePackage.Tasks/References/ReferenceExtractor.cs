using System;
using System.IO;
using System.Text;

namespace OfflinePackage.References
{
    /// <summary>Chooses the parser by the file's extension in the package: HTML pages, CSS stylesheets, JavaScript.</summary>
    public static class ReferenceExtractor
    {
        public enum Language
        {
            None,
            Html,
            Css,
            JavaScript,
        }

        public static Language LanguageOf(string targetPath)
        {
            var extension = Path.GetExtension(targetPath).ToLowerInvariant();
            return extension switch
            {
                ".html" or ".htm" => Language.Html,
                ".css" => Language.Css,
                ".js" or ".mjs" => Language.JavaScript,
                _ => Language.None,
            };
        }

        /// <summary>The references of the file at <paramref name="sourcePath"/>, read as UTF-8 (or as its BOM says).</summary>
        public static FileReferences Extract(string sourcePath, Language language)
        {
            var text = File.ReadAllText(sourcePath, new UTF8Encoding(false));
            return language switch
            {
                Language.Html => HtmlReferences.Extract(text),
                Language.Css => new FileReferences(CssReferences.Extract(text)),
                Language.JavaScript => JsReferences.Extract(text),
                _ => FileReferences.None,
            };
        }
    }
}
