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
            foreach (var file in model.Files)
            {
                for (var slash = file.TargetPath.IndexOf('/'); slash > 0; slash = file.TargetPath.IndexOf('/', slash + 1))
                {
                    var folder = file.TargetPath.Substring(0, slash);
                    if (!firstInFolder.ContainsKey(folder))
                    {
                        firstInFolder.Add(folder, file);
                    }
                }
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
