using System.Collections.Generic;

namespace OfflinePackage.Archives
{
    /// <summary>The folders an archive entry sits in, which zip and tar both list as entries of their own.</summary>
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
    }
}
