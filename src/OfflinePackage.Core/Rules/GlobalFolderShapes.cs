namespace OfflinePackage.Rules
{
    /// <summary>
    /// The shapes of a global package's folder names, scanned by hand: a Regex costs more to build and to run the
    /// first time than a whole planning pass over the files does. Each method matches exactly what the pattern in
    /// its summary matches.
    /// </summary>
    internal static class GlobalFolderShapes
    {
        /// <summary>
        /// Whether a path starts like a global package's folders, domain[:port]/appId_workspace/, e.g.
        /// mcube-prod.mpaascloud.com/53E5279071442_test/:
        /// ^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?/[A-Za-z0-9]+_[A-Za-z0-9-]+/ (\d: any Unicode digit).
        /// </summary>
        public static bool LooksLikeGlobalPath(string path)
        {
            // The domain: two or more names joined by '.', then an optional ":port".
            var i = 0;
            var names = 0;
            while (true)
            {
                if (!Skip(path, ref i, IsNameChar))
                {
                    return false;
                }

                names++;
                if (!At(path, i, '.'))
                {
                    break;
                }

                i++;
            }

            if (names < 2)
            {
                return false;
            }

            if (At(path, i, ':'))
            {
                i++;
                if (!Skip(path, ref i, char.IsDigit))
                {
                    return false;
                }
            }

            // Then "/appId_workspace/".
            if (!At(path, i, '/'))
            {
                return false;
            }

            i++;
            return SkipAppFolder(path, ref i) && At(path, i, '/');
        }

        /// <summary>
        /// Whether a name is appId_workspaceId, e.g. 53E5279071442_test: ^[A-Za-z0-9]+_[A-Za-z0-9-]+$ ('$' also
        /// matches before a final '\n').
        /// </summary>
        public static bool IsAppFolder(string name)
        {
            var i = 0;
            return SkipAppFolder(name, ref i) && (i == name.Length || (i == name.Length - 1 && name[i] == '\n'));
        }

        private static bool SkipAppFolder(string path, ref int i)
        {
            if (!Skip(path, ref i, IsAsciiLetterOrDigit) || !At(path, i, '_'))
            {
                return false;
            }

            i++;
            return Skip(path, ref i, IsNameChar);
        }

        /// <summary>Moves past one or more characters of a class; false when there is none.</summary>
        private static bool Skip(string path, ref int i, System.Func<char, bool> inClass)
        {
            var start = i;
            while (i < path.Length && inClass(path[i]))
            {
                i++;
            }

            return i > start;
        }

        private static bool At(string path, int i, char c) => i < path.Length && path[i] == c;

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        private static bool IsNameChar(char c) => IsAsciiLetterOrDigit(c) || c == '-';
    }
}
