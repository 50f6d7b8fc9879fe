using System;
using System.IO;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Signing;

namespace OfflinePackage.Verify
{
    /// <summary>
    /// A folder an app presets from (Android assets/, an iOS bundle): every .amr in it verified, and h5_json.json
    /// matching them one to one, with the same checks and codes a preset bundle build applies (OPK5005, OPK60xx).
    /// </summary>
    internal static class PresetFolder
    {
        /// <returns>Whether the folder has no errors.</returns>
        public static bool Check(string folder, RsaPublicKey? key, TextWriter output)
        {
            var h5Json = Path.Combine(folder, PresetBundle.H5JsonFileName);
            var sources = Directory.EnumerateFiles(folder, "*.amr")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(amr => new PresetSource(amr, h5Json, new Subject(amr)))
                .ToList();
            var plan = PresetBundle.Plan(sources, key, null, new Subject(h5Json));
            foreach (var diagnostic in plan.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            if (!plan.HasErrors)
            {
                output.WriteLine(Strings.Format(
                    "Verify_PresetFolderOk",
                    folder,
                    key != null ? Strings.Get("AmrVerified_Signatures") : Strings.Get("Verify_StructureOnly"),
                    plan.AmrFiles.Count));
            }

            return !plan.HasErrors;
        }
    }
}
