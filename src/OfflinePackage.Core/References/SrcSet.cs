using System.Collections.Generic;

namespace OfflinePackage.References
{
    /// <summary>The URLs of a srcset attribute, split as the HTML standard's srcset parser does.</summary>
    public static class SrcSet
    {
        /// <summary>Each candidate's URL and its offset in <paramref name="value"/>.</summary>
        public static IEnumerable<(string Url, int Offset)> Urls(string value)
        {
            var i = 0;
            while (i < value.Length)
            {
                while (i < value.Length && (IsSpace(value[i]) || value[i] == ','))
                {
                    i++;
                }

                if (i >= value.Length)
                {
                    yield break;
                }

                var start = i;
                while (i < value.Length && !IsSpace(value[i]))
                {
                    i++;
                }

                var end = i;
                var trailingCommas = false;
                while (end > start && value[end - 1] == ',')
                {
                    end--;
                    trailingCommas = true;
                }

                if (end > start)
                {
                    yield return (value.Substring(start, end - start), start);
                }

                if (trailingCommas)
                {
                    continue;
                }

                // Descriptors run to the next comma outside parentheses.
                var depth = 0;
                while (i < value.Length && (value[i] != ',' || depth > 0))
                {
                    depth += value[i] == '(' ? 1 : value[i] == ')' && depth > 0 ? -1 : 0;
                    i++;
                }
            }
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
