using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// The Nebula package parser treats some tar-root names specially (hpmfile.json, api_permission,
    /// appConfig.json, tabBar.json, header.json, _animation*), so an H5 package must not put its own files there.
    /// </summary>
    public sealed class ReservedRootNameRule : IPackageRule
    {
        private static readonly string[] ReservedNames = { "hpmfile.json", "api_permission", "appConfig.json", "tabBar.json", "header.json" };
        private const string ReservedPrefix = "_animation";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in model.Files)
            {
                var root = file.TargetPath.Split('/')[0];
                var reserved = ReservedNames.Contains(root, StringComparer.Ordinal) || root.StartsWith(ReservedPrefix, StringComparison.Ordinal);
                if (reserved && reported.Add(root))
                {
                    yield return new Diagnostic(
                        DiagnosticCatalog.ReservedRootName,
                        new Subject(file.SourcePath),
                        root,
                        string.Join(", ", ReservedNames) + ", " + ReservedPrefix + "*");
                }
            }
        }
    }
}
