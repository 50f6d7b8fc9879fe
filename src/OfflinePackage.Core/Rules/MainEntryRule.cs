using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The console's main entry URL must name a file in the package, or the page opens blank.</summary>
    public sealed class MainEntryRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageMainUrl";

        /// <summary>The path below the ID folder that a main URL points at: no leading '/', no query or hash.</summary>
        public static string EntryPath(string mainUrl)
        {
            var end = mainUrl.IndexOfAny(new[] { '?', '#' });
            var path = end >= 0 ? mainUrl.Substring(0, end) : mainUrl;
            return path.TrimStart('/');
        }

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var mainUrl = model.Options.MainUrl;
            if (model.Type != PackageType.Normal)
            {
                yield break;
            }

            if (!mainUrl.StartsWith("/", StringComparison.Ordinal))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.MainUrlNotAbsolute,
                    Subject.Property(PropertyName, mainUrl),
                    mainUrl);
                yield break;
            }

            // An empty package is reported once, by NoResourcesRule.
            if (model.Files.Count == 0)
            {
                yield break;
            }

            var entry = EntryPath(mainUrl);
            if (model.Files.Any(f => f.TargetPath == entry))
            {
                yield break;
            }

            var nearMiss = model.Files.FirstOrDefault(f => string.Equals(f.TargetPath, entry, StringComparison.OrdinalIgnoreCase));
            var hint = nearMiss == null ? string.Empty : Texts.Hint_CaseMismatchOnDevice.With("/" + nearMiss.TargetPath);
            yield return new Diagnostic(
                DiagnosticCatalog.MainEntryNotInPackage,
                Subject.Property(PropertyName, mainUrl),
                mainUrl,
                model.Options.Id + "/" + entry,
                hint);
        }
    }
}
