using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    public sealed class NoResourcesRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            // When listed resources were rejected, their errors already explain the empty package.
            if (model.Files.Count == 0 && model.RejectedResources == 0)
            {
                var hint = model.EmptyFolders.Count == 0
                    ? string.Empty
                    : Texts.Hint_EmptyFolders.With(string.Join(", ", model.EmptyFolders.Select(f => "'" + f + "'")));
                yield return new Diagnostic(DiagnosticCatalog.NoResources, Subject.Project, hint);
            }
        }
    }
}
