using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The docs recommend one /www folder for a normal package's pages; Alibaba's own demo does not, so this is information only.</summary>
    public sealed class MainEntryLocationRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var mainUrl = model.Options.MainUrl;
            if (model.Type == PackageType.Normal
                && mainUrl.StartsWith("/", StringComparison.Ordinal)
                && !MainEntryRule.EntryPath(mainUrl).StartsWith(TargetPaths.DefaultFolder + "/", StringComparison.Ordinal))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.MainEntryOutsideWww,
                    Subject.Property(MainEntryRule.PropertyName, mainUrl),
                    mainUrl);
            }
        }
    }
}
