using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>mPaaS documents no size limit; a configurable threshold warns before users download it on mobile data.</summary>
    public sealed class PackageSizeRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var total = 0L;
            foreach (var file in model.Files)
            {
                total += file.Length > 0 ? file.Length : 0;
            }

            var limit = model.Options.SizeWarningBytes;
            if (limit > 0 && total > limit)
            {
                yield return new Diagnostic(DiagnosticCatalog.PackageTooBig, Subject.Project, total, limit);
            }
        }
    }
}
