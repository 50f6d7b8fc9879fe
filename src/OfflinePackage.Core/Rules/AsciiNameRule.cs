using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The client fails to unpack packages with Chinese or other non-ASCII names (iOS FAQ).</summary>
    public sealed class AsciiNameRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var (file, path, found) in NameRules.Offenders(model, c => c >= 128))
            {
                yield return new Diagnostic(DiagnosticCatalog.NonAsciiName, new Subject(file.SourcePath), path, found);
            }
        }
    }
}
