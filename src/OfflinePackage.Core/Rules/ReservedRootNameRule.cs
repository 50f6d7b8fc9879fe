using System;
using System.Collections.Generic;
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
                var slash = file.TargetPath.IndexOf('/');
                var rootLength = slash < 0 ? file.TargetPath.Length : slash;
                if (!IsReserved(file.TargetPath, rootLength))
                {
                    continue;
                }

                var root = file.TargetPath.Substring(0, rootLength);
                if (reported.Add(root))
                {
                    yield return new Diagnostic(
                        DiagnosticCatalog.ReservedRootName,
                        new Subject(file.SourcePath),
                        root,
                        string.Join(", ", ReservedNames) + ", " + ReservedPrefix + "*");
                }
            }
        }

        /// <summary>Whether path[0..length) is a reserved name, compared in place.</summary>
        private static bool IsReserved(string path, int length)
        {
            foreach (var name in ReservedNames)
            {
                if (name.Length == length && string.CompareOrdinal(path, 0, name, 0, length) == 0)
                {
                    return true;
                }
            }

            return length >= ReservedPrefix.Length && string.CompareOrdinal(path, 0, ReservedPrefix, 0, ReservedPrefix.Length) == 0;
        }
    }
}
