using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>An overridden OfflinePackageGlobalPath is still checked against the domain, app folder and cloud.</summary>
    public sealed class GlobalPathRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageGlobalPath";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var options = model.Options;
            if (model.Type != PackageType.Global || options.GlobalPath.Length == 0)
            {
                yield break;
            }

            var root = GlobalLayout.Root(options);
            var segments = root.Split('/');
            var domain = GlobalLayout.Domain(options);
            string? reason = null;
            if (domain.Length > 0 && segments[0] != domain)
            {
                reason = string.Format(Strings.Get("Reason_GlobalPathDomain"), domain);
            }
            else if (options.AppId.Length > 0 && !segments.Contains(GlobalLayout.AppFolder(options)))
            {
                reason = string.Format(Strings.Get("Reason_GlobalPathAppFolder"), GlobalLayout.AppFolder(options));
            }
            else if (options.Cloud == CloudKind.Private && !segments.Contains(GlobalLayout.PrivateCloudFolder))
            {
                reason = Strings.Get("Reason_GlobalPathMcube");
            }

            if (reason != null)
            {
                yield return new Diagnostic(DiagnosticCatalog.GlobalPathShape, ProjectFileLocator.FindProperty(options.ProjectFile, PropertyName), options.GlobalPath, reason);
            }
        }
    }
}
