using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The version is part of the zip's file name, so it must be a valid file name on every OS.</summary>
    public sealed class PackageVersionRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageVersion";

        private static readonly char[] Forbidden = { '/', '\\', ':', '*', '?', '"', '<', '>', '|' };

        /// <summary>Whether the version can be part of the zip's file name on every OS.</summary>
        public static bool IsFileNameSafe(string version) =>
            version.Trim().Length > 0
            && version.Trim() == version
            && version.IndexOfAny(Forbidden) < 0
            && !version.Any(char.IsControl)
            && version.Trim('.').Length > 0;

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var version = model.Options.Version;
            if (!IsFileNameSafe(version))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.InvalidPackageVersion,
                    Subject.Property(PropertyName, version),
                    version);
            }
        }
    }
}
