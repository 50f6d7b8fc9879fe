using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The console advises against IDs starting with 666666 or 20000 (the SDK's own ranges).</summary>
    public sealed class DiscouragedIdPrefixRule : IPackageRule
    {
        private static readonly string[] Prefixes = { "666666", "20000" };

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var id = model.Options.Id;
            var prefix = Prefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.Ordinal));
            if (prefix != null && PackageIdRule.IsValid(id) && !ReservedIdRule.ReservedIds.Contains(id))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.DiscouragedIdPrefix,
                    Subject.Property(PackageIdRule.PropertyName, id),
                    id,
                    prefix);
            }
        }
    }
}
