namespace OfflinePackage.Rules
{
    /// <summary>
    /// Whether a path starts like a global package's folders, domain[:port]/appId_workspace/, e.g.
    /// mcube-prod.mpaascloud.com/53E5279071442_test/. Scanned by hand because it runs on every file and a
    /// Regex costs more to build and to run the first time than the whole scan; it matches exactly what
    /// ^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?/[A-Za-z0-9]+_[A-Za-z0-9-]+/ matches (\d: any Unicode digit).
    /// </summary>
    internal static class GlobalLookingPath
    {
        public static bool Matches(string path)
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
            if (!Skip(path, ref i, IsAsciiLetterOrDigit) || !At(path, i, '_'))
            {
                return false;
            }

            i++;
            return Skip(path, ref i, IsNameChar) && At(path, i, '/');
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
