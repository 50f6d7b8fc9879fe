using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// Two sources with one target path would silently drop one of them; a file whose path is also a folder
    /// of another file (www and www/app.js) cannot be unpacked at all.
    /// </summary>
    public sealed class DuplicateTargetPathRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var firstInFolder = new Dictionary<string, PackageFile>(StringComparer.Ordinal);
            var previous = string.Empty;
            foreach (var file in model.Files)
            {
                // Sorted paths keep each folder's files together, so a folder the previous file is also in has its
                // first file already: only the folders after the shared start are new (no substring per folder).
                var path = file.TargetPath;
                var shared = SortedPaths.SharedStart(previous, path);
                for (var slash = path.IndexOf('/') > 0 ? path.IndexOf('/', shared) : -1; slash > 0; slash = path.IndexOf('/', slash + 1))
                {
                    var folder = path.Substring(0, slash);
                    if (!firstInFolder.ContainsKey(folder))
                    {
                        firstInFolder.Add(folder, file);
                    }
                }

                previous = path;
            }

            // Files are sorted by target path, so equal paths are neighbours.
            for (var i = 0; i < model.Files.Count; i++)
            {
                var current = model.Files[i];
                if (i > 0 && model.Files[i - 1].TargetPath == current.TargetPath)
                {
                    yield return Conflict(current.TargetPath, model.Files[i - 1], current);
                }

                if (firstInFolder.TryGetValue(current.TargetPath, out var inside))
                {
                    yield return Conflict(current.TargetPath, current, inside);
                }
            }
        }

        private static Diagnostic Conflict(string path, PackageFile first, PackageFile second) =>
            new Diagnostic(
                DiagnosticCatalog.DuplicateTargetPath,
                new Subject(second.SourcePath),
                path,
                first.SourcePath,
                second.SourcePath);
    }
}
