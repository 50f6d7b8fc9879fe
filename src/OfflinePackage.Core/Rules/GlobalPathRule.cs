using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// The folders that properties add to a global package: an OfflinePackageGlobalPath override must be a safe
    /// relative path and is checked against the domain, app folder and cloud; the version and bucket folders
    /// must be URL-safe ASCII names, like every name in the package.
    /// </summary>
    public sealed class GlobalPathRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageGlobalPath";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var options = model.Options;
            if (model.Type != PackageType.Global)
            {
                yield break;
            }

            foreach (var (property, value) in new[] { ("OfflinePackageGlobalVersion", options.GlobalVersion), ("OfflinePackageStorageBucket", options.StorageBucket) })
            {
                if (value.Length > 0 && !value.All(UrlSafeNameRule.IsSafe))
                {
                    yield return Invalid(options, property, value, Texts.Allowed_FolderName);
                }
            }

            if (options.GlobalPath.Length == 0)
            {
                yield break;
            }

            if (TargetPaths.Normalize(options.GlobalPath, out _) is not { Length: > 0 })
            {
                yield return Invalid(options, PropertyName, options.GlobalPath, Texts.Allowed_RelativeFolder);
                yield break;
            }

            var segments = GlobalLayout.Root(options).Split('/');
            var domain = GlobalLayout.Domain(options);
            string? reason = null;
            if (domain.Length > 0 && !string.Equals(segments[0], domain, StringComparison.OrdinalIgnoreCase))
            {
                reason = Texts.Reason_GlobalPathDomain.With(domain);
            }
            else if (options.AppId.Length > 0 && !segments.Contains(GlobalLayout.AppFolder(options)))
            {
                reason = Texts.Reason_GlobalPathAppFolder.With(GlobalLayout.AppFolder(options));
            }
            else if (options.Cloud == CloudKind.Private && !segments.Contains(GlobalLayout.PrivateCloudFolder))
            {
                reason = Texts.Reason_GlobalPathMcube;
            }

            if (reason != null)
            {
                yield return new Diagnostic(DiagnosticCatalog.GlobalPathShape, Subject.Property(PropertyName, options.GlobalPath), options.GlobalPath, reason);
            }
        }

        private static Diagnostic Invalid(PackageOptions options, string property, string value, string allowed) =>
            new Diagnostic(DiagnosticCatalog.InvalidPropertyValue, Subject.Property(property, value), property, value, allowed);
    }
}
