using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Finds the names in packaged paths that break a character rule, each offending folder or file once.</summary>
    internal static class NameRules
    {
        private static readonly ConditionalWeakTable<PackageModel, List<PackageFile>> UnusualNames =
            new ConditionalWeakTable<PackageModel, List<PackageFile>>();

        /// <summary>
        /// For each distinct offending path prefix (up to and including the first bad name of a file's
        /// user-named path), the file it was first seen in and the characters found.
        /// </summary>
        public static IEnumerable<(PackageFile File, string Path, string Found)> Offenders(
            PackageModel model,
            System.Func<char, bool> isBad,
            System.Func<PackageFile, bool>? applies = null)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var file in UnusualNames.GetValue(model, FindUnusualNames))
            {
                if (applies != null && !applies(file))
                {
                    continue;
                }

                var named = file.NamedPath;
                var first = FirstBadChar(named, isBad);
                if (first < 0)
                {
                    continue;
                }

                var start = named.LastIndexOf('/', first) + 1;
                var end = named.IndexOf('/', first);
                var prefix = file.TargetPath.Substring(0, file.TargetPath.Length - named.Length);
                var path = prefix + (end < 0 ? named : named.Substring(0, end + 1));
                if (seen.Add(path))
                {
                    yield return (file, path, Describe(named, start, end < 0 ? named.Length : end, isBad));
                }
            }
        }

        /// <summary>
        /// The files whose user-named path has a character other than the plain ones: the only files any name rule
        /// can report. Found in one pass per model that the four rules share (four passes cost a synchronous
        /// on-stack-replacement compile of the loop on first use, more than the passes themselves).
        /// </summary>
        private static List<PackageFile> FindUnusualNames(PackageModel model)
        {
            var unusual = new List<PackageFile>();
            foreach (var file in model.Files)
            {
                if (!IsPlain(file.NamedPath))
                {
                    unusual.Add(file);
                }
            }

            return unusual;
        }

        private static bool IsPlain(string path)
        {
            foreach (var c in path)
            {
                if (!IsPlain(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The index of the first bad character of any name in the '/'-separated path, or -1.</summary>
        private static int FirstBadChar(string text, System.Func<char, bool> isBad)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!IsPlain(c) && isBad(c))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The separator and the characters no name rule objects to (A-Z a-z 0-9 - _ .): nearly every character of
        /// every path, so they are passed over without asking the rule.
        /// </summary>
        private static bool IsPlain(char c) => c == '/' || UrlSafeNameRule.IsSafe(c);

        /// <summary>The distinct bad characters of text[start..end), in order of first appearance.</summary>
        private static string Describe(string text, int start, int end, System.Func<char, bool> isBad)
        {
            var found = new StringBuilder();
            var listed = new HashSet<char>();
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (isBad(c) && listed.Add(c))
                {
                    found.Append(found.Length == 0 ? string.Empty : " ").Append(c == ' ' ? "' ' (space)" : "'" + c + "'");
                }
            }

            return found.ToString();
        }
    }
}
