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
            var segments = relativePath.Split('/');
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (string.Equals(segments[i], MacArchiveFolder, StringComparison.OrdinalIgnoreCase))
                {
                    return Texts.Hint_JunkMacFolder;
                }
            }

            var name = segments[segments.Length - 1];
            foreach (var junk in JunkNames)
            {
                if (string.Equals(name, junk, StringComparison.OrdinalIgnoreCase))
                {
                    return Texts.Hint_JunkFile;
                }
            }

            return null;
        }
    }
}
