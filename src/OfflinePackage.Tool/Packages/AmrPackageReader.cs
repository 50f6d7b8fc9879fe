using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>
    /// A signed .amr: its &lt;id&gt;.tar unpacked as the client does (entries relative to the ID folder, hpmfile.json
    /// left out). The zip is read with the verifier's strict reader; signatures are `offlinepackage verify`'s job.
    /// The vhost and main URL come from an h5_json.json beside it, when one lists the package.
    /// </summary>
    internal static class AmrPackageReader
    {
        public static PackageContent Read(string path, string? mainUrl, string? host, H5JsonEntry? entry = null)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            string id;
            try
            {
                using var stream = File.OpenRead(path);
                var zip = AmrZipReader.Open(stream);
                var tarEntry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".tar", StringComparison.Ordinal) && !e.Name.Contains('/'))
                    ?? throw new PackageLoadException(Texts.Render_AmrNoTar.With(path));
                id = tarEntry.Name.Substring(0, tarEntry.Name.Length - ".tar".Length);
                using var tar = new TarReader(zip.Open(tarEntry));
                for (var item = tar.GetNextEntry(copyData: true); item != null; item = tar.GetNextEntry(copyData: true))
                {
                    var name = item.Name.StartsWith("./", StringComparison.Ordinal) ? item.Name.Substring(2) : item.Name;
                    if (item.DataStream == null || name == HpmFile.FileName || name.EndsWith("/", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    using var copy = new MemoryStream();
                    item.DataStream.CopyTo(copy);
                    files[name] = copy.ToArray();
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException || e is FormatException)
            {
                throw new PackageLoadException(Texts.Render_Unreadable.With(path, e.Message));
            }

            if (files.Count == 0)
            {
                throw new PackageLoadException(Texts.Render_Empty.With(path));
            }

            entry ??= BesideH5Json(path, id);
            return new PackageContent(id, PackageName.VersionOf(path, id), files, mainUrl ?? entry?.MainUrl, host ?? entry?.VHost);
        }

        private static H5JsonEntry? BesideH5Json(string amrPath, string id)
        {
            var h5Json = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(amrPath))!, "h5_json.json");
            return File.Exists(h5Json) ? H5JsonDocument.Load(h5Json).Value?.Data.FirstOrDefault(d => d.AppId == id) : null;
        }
    }
}
