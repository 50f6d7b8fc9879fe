using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Release metadata checks (spec §2.3, §4.2, rules 18 and 19): the client version range the package will be
    /// released for, and, with the app's Info.plist, whether iOS devices of that app fall inside it.
    /// </summary>
    public sealed class CheckOfflinePackageRelease : OfflinePackageTask
    {
        public string AndroidMinVersion { get; set; } = string.Empty;

        public string AndroidMaxVersion { get; set; } = string.Empty;

        public string IosMinVersion { get; set; } = string.Empty;

        public string IosMaxVersion { get; set; } = string.Empty;

        public string IosInfoPlist { get; set; } = string.Empty;

        public override bool Execute()
        {
            var android = new ClientVersionRange(AndroidMinVersion.Trim(), AndroidMaxVersion.Trim());
            var ios = new ClientVersionRange(IosMinVersion.Trim(), IosMaxVersion.Trim());
            if (android.IsSet || ios.IsSet)
            {
                foreach (var finding in PresetValidation.ValidateClientRanges(android, ios))
                {
                    Report(finding, Subject.Property(PropertyOf(finding)));
                }
            }

            if (IosInfoPlist.Trim().Length > 0)
            {
                var path = Path.GetFullPath(IosInfoPlist.Trim());
                var plist = PlistReader.Read(path);
                var findings = new List<PresetFinding>(plist.Findings);
                if (plist.Value != null)
                {
                    findings.AddRange(PresetValidation.ValidateIosProductVersion(ios, plist.Value));
                }

                foreach (var finding in findings)
                {
                    Report(finding, new Subject(path));
                }
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>The property a client range finding is about: its platform's min or max (arguments: platform first).</summary>
        private static string PropertyOf(PresetFinding finding)
        {
            if (finding.Arguments.Count == 0)
            {
                return "OfflinePackageAndroidMinVersion";
            }

            var platform = finding.Arguments[0] == PresetValidation.Ios ? "Ios" : "Android";
            var bound = finding.Kind == PresetFindingKind.ClientMaxPolicyMismatch
                || finding.Kind == PresetFindingKind.ClientMinVersionMissing
                || (finding.Kind == PresetFindingKind.ClientVersionInvalid && finding.Arguments[1] == "max")
                ? "Max"
                : "Min";
            return "OfflinePackage" + platform + bound + "Version";
        }

        private void Report(PresetFinding finding, Subject location)
        {
            var diagnostic = PresetDiagnostics.ToDiagnostic(finding, location);
            Report(diagnostic);
        }
    }
}
