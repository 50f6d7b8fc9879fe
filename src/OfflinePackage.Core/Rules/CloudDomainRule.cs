using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// Level 2 of a global package is the serving domain: fixed to mcube-prod.mpaascloud.com on the public
    /// cloud (else real-time-release acceleration is lost; the OSS domain of older docs is accepted too),
    /// the private mdsweb domain on a private cloud.
    /// </summary>
    public sealed class CloudDomainRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageServerDomain";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var options = model.Options;
            if (model.Type != PackageType.Global)
            {
                yield break;
            }

            if (options.Cloud == CloudKind.Private && options.ServerDomain.Length == 0)
            {
                yield return new Diagnostic(DiagnosticCatalog.PrivateCloudNeedsDomain, Subject.Property("OfflinePackageCloud"), options.Cloud);
            }
            else if (options.Cloud == CloudKind.Public
                && options.ServerDomain.Length > 0
                && !string.Equals(options.ServerDomain, GlobalLayout.PublicDomain, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(options.ServerDomain, GlobalLayout.LegacyPublicDomain, StringComparison.OrdinalIgnoreCase))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.PublicCloudDomain,
                    Subject.Property(PropertyName, options.ServerDomain),
                    options.ServerDomain,
                    GlobalLayout.PublicDomain);
            }
        }
    }
}
