using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>One check over the whole package; a rule reports every violation it finds, not just the first.</summary>
    public interface IPackageRule
    {
        IEnumerable<Diagnostic> Check(PackageModel model);
    }
}
