using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OfflinePackage.Archives;

namespace OfflinePackage.Packaging
{
    /// <summary>
    /// A file whose content names every packaged file and every setting that shapes the output. It is
    /// rewritten only when that content changes, so as an input of the archive target it makes deletions,
    /// renames (also case-only) and setting changes rebuild, which file timestamps alone would miss.
    /// </summary>
    public static class InputsCache
    {
        private const string FormatVersion = "offline-package-inputs v1";
        private static readonly UTF8Encoding Encoding = new UTF8Encoding(false);

        public static string Render(IEnumerable<KeyValuePair<string, string>> settings, IEnumerable<PackageFile> files)
        {
            var text = new StringBuilder().Append(FormatVersion).Append('\n');
            foreach (var setting in settings)
            {
                text.Append(setting.Key).Append('=').Append(setting.Value).Append('\n');
            }

            foreach (var file in files)
            {
                text.Append(file.TargetPath).Append('\t').Append(file.SourcePath).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Whether the file already holds exactly <paramref name="content"/>.</summary>
        public static bool IsCurrent(string path, string content) =>
            FileUpdate.HasContent(path, Encoding.GetBytes(content));

        /// <summary>Writes <paramref name="content"/> unless the file already holds it; returns whether it wrote.</summary>
        public static bool WriteIfChanged(string path, string content) =>
            FileUpdate.WriteIfChanged(path, Encoding.GetBytes(content));
    }
}
