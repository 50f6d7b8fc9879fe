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

        public string HarmonyMinVersion { get; set; } = string.Empty;

        public string HarmonyMaxVersion { get; set; } = string.Empty;

        public string IosInfoPlist { get; set; } = string.Empty;

        public override bool Execute()
        {
            var android = new ClientVersionRange(AndroidMinVersion.Trim(), AndroidMaxVersion.Trim());
            var ios = new ClientVersionRange(IosMinVersion.Trim(), IosMaxVersion.Trim());
            var harmony = new ClientVersionRange(HarmonyMinVersion.Trim(), HarmonyMaxVersion.Trim());
            var diagnostics = new List<Diagnostic>();
            if (android.IsSet || ios.IsSet || harmony.IsSet)
            {
                diagnostics.AddRange(ClientRangeCheck.Validate(android, ios, harmony));
            }

            if (IosInfoPlist.Trim().Length > 0)
            {
                var plist = PlistReader.Read(Path.GetFullPath(IosInfoPlist.Trim()));
                diagnostics.AddRange(plist.Diagnostics);
                if (plist.Value != null)
                {
                    diagnostics.AddRange(ProductVersionCheck.Validate(ios, plist.Value));
                }
            }

            foreach (var diagnostic in diagnostics)
            {
                Report(diagnostic);
            }

            return !Log.HasLoggedErrors;
        }
    }
}
