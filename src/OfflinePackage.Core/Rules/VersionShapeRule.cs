using System.Collections.Generic;
using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>Every documented and observed package version has four numeric parts (1.0.0.1, 6.1.1811141101.21).</summary>
    public sealed class VersionShapeRule : IPackageRule
    {
        private static readonly Regex FourParts = new Regex(@"^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant);

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var version = model.Options.Version;
            if (!FourParts.IsMatch(version) && PackageVersionRule.IsFileNameSafe(version))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.VersionShape,
                    Subject.Property(PackageVersionRule.PropertyName, version),
                    version);
            }
        }
    }
}
