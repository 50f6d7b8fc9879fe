using System.Collections.Generic;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Packaging
{
    /// <summary>Normalises a user-given TargetPath to '/'-separated segments and rejects paths that leave the ID folder.</summary>
    public static class TargetPaths
    {
        public const string DefaultFolder = "www";

        /// <summary>Returns the normalised path ("" for the ID folder itself), or null with the reason it is unsafe.</summary>
        public static string? Normalize(string raw, out string? unsafeReason)
        {
            unsafeReason = null;
            var path = raw.Replace('\\', '/');
            if (path.StartsWith("/", System.StringComparison.Ordinal) || HasDriveLetter(path))
            {
                unsafeReason = Texts.Reason_Rooted;
                return null;
            }

            if (path.EndsWith("/", System.StringComparison.Ordinal))
            {
                path = path.Substring(0, path.Length - 1);
            }

            var kept = new List<string>();
            foreach (var segment in path.Split('/'))
            {
                if (segment == "..")
                {
                    unsafeReason = Texts.Reason_ParentSegment;
                    return null;
                }

                if (segment.Length == 0 && path.Length > 0)
                {
                    unsafeReason = Texts.Reason_EmptySegment;
                    return null;
                }

                if (segment != "." && segment.Length > 0)
                {
                    kept.Add(segment);
                }
            }

            return string.Join("/", kept);
        }

        public static string Combine(string folder, string relative) =>
            folder.Length == 0 ? relative : relative.Length == 0 ? folder : folder + "/" + relative;

        private static bool HasDriveLetter(string path) =>
            path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]);
    }
}
