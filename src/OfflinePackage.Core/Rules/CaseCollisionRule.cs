using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Files or folders whose paths differ only in case collide on case-insensitive file systems.</summary>
    public sealed class CaseCollisionRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var byFoldedPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var previous = string.Empty;
            var previousReach = 0;
            foreach (var file in model.Files)
            {
                // A folder this path shares with the previous one was checked already and would change nothing, unless
                // the previous file stopped at a collision before reaching it: only the rest is looked up (see SortedPaths).
                var target = file.TargetPath;
                var reach = int.MaxValue;

                // Every folder on the way and the file itself, folders with a trailing '/'.
                for (var end = target.IndexOf('/', Math.Min(SortedPaths.SharedStart(previous, target), previousReach)); ; end = target.IndexOf('/', end + 1))
                {
                    var path = end < 0 ? target : target.Substring(0, end + 1);
                    if (!byFoldedPath.TryGetValue(path, out var first))
                    {
                        byFoldedPath.Add(path, path);
                    }
                    else if (first != path && reported.Add(path))
                    {
                        yield return new Diagnostic(DiagnosticCatalog.CaseOnlyDifference, new Subject(file.SourcePath), first, path);
                        reach = end < 0 ? int.MaxValue : end + 1;
                        break;
                    }

                    if (end < 0)
                    {
                        break;
                    }
                }

                previous = target;
                previousReach = reach;
            }
        }
    }
}
