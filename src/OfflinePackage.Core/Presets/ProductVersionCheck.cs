using System;
using System.Collections.Generic;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// iOS range against the app's Info.plist (spec §4.2, rule 19): the client compares the range with the
    /// "Product Version" key, so the iOS minimum must not be above it (and a custom maximum not below it), or the
    /// app never gets the package. Warnings: Product Version missing or not a dotted number; min above it;
    /// max below it; Product Version differs from CFBundleShortVersionString (an unverified claim: Alibaba's own demo
    /// has 1.0.0.0 and 1.0). Values that are Xcode build settings ($(MARKETING_VERSION)) cannot be checked: Info.
    /// Nothing is checked when iOS is not chosen. Every finding is about the Info.plist file.
    /// </summary>
    public static class ProductVersionCheck
    {
        public static IReadOnlyList<Diagnostic> Validate(ClientVersionRange? ios, PlistDocument plist)
        {
            var findings = new List<Diagnostic>();
            if (ios == null || !ios.IsSet)
            {
                return findings;
            }

            var path = plist.Source;
            var file = new Subject(path);
            var product = plist.ProductVersion?.Trim();
            if (product == null)
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.ProductVersionMissing, file, path));
                return findings;
            }

            if (IsBuildSetting(product))
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.PlistValueIsBuildSetting, file, path, PlistReader.ProductVersionKey, product));
                return findings;
            }

            if (!ClientVersion.IsValid(product))
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.ProductVersionNotNumeric, file, path, PlistReader.ProductVersionKey, product));
            }
            else
            {
                if (ClientVersion.Compare(ios.Min, product) > 0)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.IosMinAboveProductVersion, file, ios.Min, product, path));
                }

                if (ios.HasCustomMax && ClientVersion.Compare(ios.Max, product) < 0)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.IosMaxBelowProductVersion, file, ios.Max, product, path));
                }
            }

            var shortVersion = plist.ShortVersion?.Trim();
            if (shortVersion != null && IsBuildSetting(shortVersion))
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.PlistValueIsBuildSetting, file, path, PlistReader.ShortVersionKey, shortVersion));
            }
            else if (shortVersion != null && !string.Equals(product, shortVersion, StringComparison.Ordinal))
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.ProductVersionDiffersFromShortVersion, file, product, shortVersion, path));
            }

            return findings;
        }

        /// <summary>Whether a plist value is an unexpanded Xcode build setting such as $(MARKETING_VERSION) or ${X}.</summary>
        public static bool IsBuildSetting(string value) =>
            value.IndexOf("$(", StringComparison.Ordinal) >= 0 || value.IndexOf("${", StringComparison.Ordinal) >= 0;
    }
}
