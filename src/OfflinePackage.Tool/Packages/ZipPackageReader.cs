using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>The upload zip (spec 1.1): one top-level folder named after the package ID, the files below it.</summary>
    internal static class ZipPackageReader
    {
        public static PackageContent Read(string path, string? mainUrl, string? host)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            string? id = null;
            try
            {
                using var zip = ZipFile.OpenRead(path);
                foreach (var entry in zip.Entries)
                {
                    var name = entry.FullName.Replace('\\', '/');
                    var slash = name.IndexOf('/');
                    if (slash <= 0)
                    {
                        throw new PackageLoadException(Texts.Render_ZipNotOneFolder.With(path));
                    }

                    var top = name.Substring(0, slash);
                    if (id != null && top != id)
                    {
                        throw new PackageLoadException(Texts.Render_ZipNotOneFolder.With(path));
                    }

                    id = top;
                    if (!name.EndsWith("/", StringComparison.Ordinal))
                    {
                        using var data = entry.Open();
                        using var copy = new MemoryStream();
                        data.CopyTo(copy);
                        files[name.Substring(slash + 1)] = copy.ToArray();
                    }
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException)
            {
                throw new PackageLoadException(Texts.Render_Unreadable.With(path, e.Message));
            }

            if (id == null || files.Count == 0)
            {
                throw new PackageLoadException(Texts.Render_Empty.With(path));
            }

            return new PackageContent(id, PackageName.VersionOf(path, id), files, mainUrl, host);
        }
    }
}
