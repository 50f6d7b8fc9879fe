namespace OfflinePackage.Rules
{
    /// <summary>
    /// Helps rules walk the folders of ordinally sorted paths without a substring per folder: in sorted order the
    /// paths below one folder are neighbours, so a folder a path shares with the path before it was seen already.
    /// </summary>
    internal static class SortedPaths
    {
        /// <summary>How many leading characters the two paths have in common (ordinal).</summary>
        public static int SharedStart(string previous, string path)
        {
            var length = previous.Length < path.Length ? previous.Length : path.Length;
            var i = 0;
            while (i < length && previous[i] == path[i])
            {
                i++;
            }

            return i;
        }
    }
}
