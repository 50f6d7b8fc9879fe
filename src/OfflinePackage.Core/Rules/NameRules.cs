using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Finds the names in packaged paths that break a character rule, each offending folder or file once.</summary>
    internal static class NameRules
    {
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
            foreach (var file in model.Files)
            {
                if (applies != null && !applies(file))
                {
                    continue;
                }

                var prefix = file.TargetPath.Substring(0, file.TargetPath.Length - file.NamedPath.Length);
                var segments = file.NamedPath.Split('/');
                for (var i = 0; i < segments.Length; i++)
                {
                    var bad = segments[i].Where(isBad).Distinct().ToArray();
                    if (bad.Length == 0)
                    {
                        continue;
                    }

                    var path = prefix + string.Join("/", segments.Take(i + 1)) + (i < segments.Length - 1 ? "/" : string.Empty);
                    if (seen.Add(path))
                    {
                        yield return (file, path, string.Join(" ", bad.Select(Describe)));
                    }

                    break;
                }
            }
        }

        private static string Describe(char c) => c == ' ' ? "' ' (space)" : "'" + c + "'";
    }
}
