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
            foreach (var file in model.Files)
            {
                // Every folder on the way and the file itself, folders with a trailing '/'.
                for (var end = file.TargetPath.IndexOf('/'); ; end = file.TargetPath.IndexOf('/', end + 1))
                {
                    var path = end < 0 ? file.TargetPath : file.TargetPath.Substring(0, end + 1);
                    if (!byFoldedPath.TryGetValue(path, out var first))
                    {
                        byFoldedPath.Add(path, path);
                    }
                    else if (first != path && reported.Add(path))
                    {
                        yield return new Diagnostic(DiagnosticCatalog.CaseOnlyDifference, new Subject(file.SourcePath), first, path);
                        break;
                    }

                    if (end < 0)
                    {
                        break;
                    }
                }
            }
        }
    }
}
