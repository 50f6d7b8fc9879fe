using System;
using System.Collections.Generic;
using System.IO;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>Opens what the user named: an upload zip, a signed .amr, or a preset folder.</summary>
    internal static class PackageLoader
    {
        public static IReadOnlyList<PackageContent> Load(string path, string? mainUrl = null, string? host = null)
        {
            if (Directory.Exists(path))
            {
                return PresetFolderReader.Read(path);
            }

            if (!File.Exists(path))
            {
                throw new PackageLoadException(Texts.Render_NotFound.With(path));
            }

            return new[]
            {
                path.EndsWith(".amr", StringComparison.OrdinalIgnoreCase)
                    ? AmrPackageReader.Read(path, mainUrl, host)
                    : ZipPackageReader.Read(path, mainUrl, host),
            };
        }

        /// <summary>
        /// A --global value: a global package's zip or .amr, or its urls.json (the package is then the zip or .amr
        /// of the same name beside it).
        /// </summary>
        public static PackageContent LoadGlobal(string path)
        {
            if (path.EndsWith(".urls.json", StringComparison.OrdinalIgnoreCase))
            {
                var stem = path.Substring(0, path.Length - ".urls.json".Length);
                path = File.Exists(stem + ".zip") ? stem + ".zip" : stem + ".amr";
            }

            var packages = Load(path);
            return packages[0];
        }
    }
}
