using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Two sources with one target path would silently drop one of them.</summary>
    public sealed class DuplicateTargetPathRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            // Files are sorted by target path, so equal paths are neighbours.
            for (var i = 1; i < model.Files.Count; i++)
            {
                var previous = model.Files[i - 1];
                var current = model.Files[i];
                if (previous.TargetPath == current.TargetPath)
                {
                    yield return new Diagnostic(
                        DiagnosticCatalog.DuplicateTargetPath,
                        new SourceLocation(current.SourcePath),
                        current.TargetPath,
                        previous.SourcePath,
                        current.SourcePath);
                }
            }
        }
    }
}
