using System.Collections.Generic;
using System.IO;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>
    /// A preset folder (h5_json.json and the .amr files it lists), as the app presets it: every package it lists,
    /// each with the vhost and main URL h5_json.json gives it.
    /// </summary>
    internal static class PresetFolderReader
    {
        public static IReadOnlyList<PackageContent> Read(string folder)
        {
            var h5JsonPath = Path.Combine(folder, "h5_json.json");
            if (!File.Exists(h5JsonPath))
            {
                throw new PackageLoadException(Texts.Render_PresetNoH5Json.With(folder));
            }

            var document = H5JsonDocument.Load(h5JsonPath).Value
                ?? throw new PackageLoadException(Texts.Render_Unreadable.With(h5JsonPath, Texts.Render_NotH5Json));
            var packages = new List<PackageContent>();
            foreach (var entry in document.Data)
            {
                var amr = Path.Combine(folder, entry.AppId + "_" + entry.Version + ".amr");
                if (!File.Exists(amr))
                {
                    throw new PackageLoadException(Texts.Render_PresetAmrMissing.With(amr));
                }

                packages.Add(AmrPackageReader.Read(amr, null, null, entry));
            }

            return packages.Count > 0 ? packages : throw new PackageLoadException(Texts.Render_Empty.With(h5JsonPath));
        }
    }
}
