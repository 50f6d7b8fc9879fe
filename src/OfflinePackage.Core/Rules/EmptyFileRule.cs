using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    public sealed class EmptyFileRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var file in model.Files)
            {
                if (file.Length == 0)
                {
                    yield return new Diagnostic(DiagnosticCatalog.EmptyFile, new Subject(file.SourcePath), file.TargetPath);
                }
            }
        }
    }
}
