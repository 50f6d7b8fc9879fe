using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Every documented and observed package version has four numeric parts (1.0.0.1, 6.1.1811141101.21).</summary>
    public sealed class VersionShapeRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var version = model.Options.Version;
            if (!HasFourNumericParts(version) && PackageVersionRule.IsFileNameSafe(version))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.VersionShape,
                    Subject.Property(PackageVersionRule.PropertyName, version),
                    version);
            }
        }

        /// <summary>
        /// What ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ matches, without building a Regex for one string ('$' also
        /// matches before a final '\n', which IsFileNameSafe rejects anyway).
        /// </summary>
        private static bool HasFourNumericParts(string version)
        {
            var end = version.EndsWith("\n", System.StringComparison.Ordinal) ? version.Length - 1 : version.Length;
            var parts = 1;
            var digits = 0;
            for (var i = 0; i < end; i++)
            {
                var c = version[i];
                if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (c == '.' && digits > 0 && parts < 4)
                {
                    parts++;
                    digits = 0;
                }
                else
                {
                    return false;
                }
            }

            return parts == 4 && digits > 0;
        }
    }
}
