using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The mPaaS SDK ships packages with these IDs; reusing one collides with them (console rule).</summary>
    public sealed class ReservedIdRule : IPackageRule
    {
        public static readonly IReadOnlyList<string> ReservedIds = new[] { "20000196", "66666692", "68687029", "68687209" };

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            if (ReservedIds.Contains(model.Options.Id))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.ReservedId,
                    Subject.Property(PackageIdRule.PropertyName, model.Options.Id),
                    model.Options.Id);
            }
        }
    }
}
