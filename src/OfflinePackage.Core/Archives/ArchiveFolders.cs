using System.Collections.Generic;

namespace OfflinePackage.Archives
{
    /// <summary>The folders an archive entry sits in, which zip and tar both list as entries of their own, and the segments of its name.</summary>
    public static class ArchiveFolders
    {
        /// <summary>"a/b/c.js" gives "a/b/" then "a/": nearest first, so a caller can stop at the first it already has.</summary>
        public static IEnumerable<string> Above(string entryName)
        {
            for (var slash = entryName.LastIndexOf('/'); slash > 0; slash = entryName.LastIndexOf('/', slash - 1))
            {
                yield return entryName.Substring(0, slash + 1);
            }
        }

        /// <summary>
        /// Whether a '/'-separated entry name has an empty, "." or ".." segment, which readers resolve or refuse. Scanned
        /// in place, without splitting: the .amr writer and its verify check every name.
        /// </summary>
        public static bool HasEmptyOrDotSegment(string entryName)
        {
            var start = 0;
            for (var i = 0; i <= entryName.Length; i++)
            {
                if (i < entryName.Length && entryName[i] != '/')
                {
                    continue;
                }

                var length = i - start;
                if (length == 0 || (entryName[start] == '.' && (length == 1 || (length == 2 && entryName[start + 1] == '.'))))
                {
                    return true;
                }

                start = i + 1;
            }

            return false;
        }
    }
}
