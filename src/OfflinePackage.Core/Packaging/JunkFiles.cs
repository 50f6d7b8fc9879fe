using System;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Packaging
{
    /// <summary>Files that file browsers leave behind and that must never reach a device.</summary>
    public static class JunkFiles
    {
        private static readonly string[] JunkNames = { ".DS_Store", "Thumbs.db", "desktop.ini" };
        private const string MacArchiveFolder = "__MACOSX";

        /// <summary>The reason a '/'-separated relative path is junk, or null when it is a real resource.</summary>
        public static string? WhyJunk(string relativePath)
        {
            // Compared in place: this runs for every listed file, nearly all of them not junk.
            var nameStart = relativePath.LastIndexOf('/') + 1;
            for (var start = 0; start < nameStart; start = relativePath.IndexOf('/', start) + 1)
            {
                if (IsAt(relativePath, start, relativePath.IndexOf('/', start) - start, MacArchiveFolder))
                {
                    return Texts.Hint_JunkMacFolder;
                }
            }

            foreach (var junk in JunkNames)
            {
                if (IsAt(relativePath, nameStart, relativePath.Length - nameStart, junk))
                {
                    return Texts.Hint_JunkFile;
                }
            }

            return null;
        }

        /// <summary>Whether path[start..start+length) is <paramref name="name"/>, ignoring case.</summary>
        private static bool IsAt(string path, int start, int length, string name) =>
            length == name.Length && string.Compare(path, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
