using System;
using System.Collections.Generic;
using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Formats that are compressed already: deflating them again costs time and gains nothing, so they are
    /// stored. Anything else is deflated, and stored after all when deflate does not make it smaller.
    /// </summary>
    public static class CompressionChoice
    {
        private static readonly HashSet<string> AlreadyCompressed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".heic",
            ".woff", ".woff2",
            ".mp3", ".mp4", ".m4a", ".aac", ".ogg", ".webm", ".mov",
            ".zip", ".gz", ".tgz", ".br", ".zst", ".7z", ".rar", ".xz", ".bz2", ".jar", ".apk", ".amr",
        };

        public static bool ShouldStore(string path) => AlreadyCompressed.Contains(Path.GetExtension(path));
    }
}
