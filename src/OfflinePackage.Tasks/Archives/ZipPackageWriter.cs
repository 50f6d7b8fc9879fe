using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;

namespace OfflinePackage.Archives
{
    /// <summary>A file to put in an upload zip: its source and its '/'-separated path below the ID folder.</summary>
    public readonly struct ZipSource
    {
        public ZipSource(string sourcePath, string targetPath)
        {
            SourcePath = sourcePath;
            TargetPath = targetPath;
        }

        public string SourcePath { get; }

        public string TargetPath { get; }
    }

    /// <summary>
    /// Writes the upload zip: a single root folder named after the package ID, an entry for every folder
    /// (as `zip -r` writes them), and the files, all in ordinal path order, written atomically.
    /// </summary>
    public static class ZipPackageWriter
    {
        public static void Write(
            string zipPath,
            string packageId,
            IEnumerable<ZipSource> files,
            DateTime timestamp,
            CancellationToken cancellationToken = default)
        {
            var entries = Layout(packageId, files);
            AtomicFile.Write(zipPath, stream =>
            {
                var zip = new DeterministicZipWriter(stream, timestamp, CompressionLevel.Optimal);
                foreach (var entry in entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry.Value == null)
                    {
                        zip.AddDirectory(entry.Key);
                        continue;
                    }

                    using var source = OpenSource(entry.Value);
                    try
                    {
                        zip.AddFile(entry.Key, source, cancellationToken);
                    }
                    catch (SourceReadException e)
                    {
                        throw new SourceReadException(entry.Value, e.InnerException!);
                    }
                }

                zip.Finish();
            });
        }

        /// <summary>Every archive entry name with its source file (null for a folder), in ordinal order.</summary>
        public static List<KeyValuePair<string, string?>> Layout(string packageId, IEnumerable<ZipSource> files)
        {
            var entries = new Dictionary<string, string?>(StringComparer.Ordinal) { [packageId + "/"] = null };
            foreach (var file in files)
            {
                var name = packageId + "/" + file.TargetPath;
                entries.Add(name, file.SourcePath);
                for (var slash = name.LastIndexOf('/'); slash > 0; slash = name.LastIndexOf('/', slash - 1))
                {
                    var folder = name.Substring(0, slash + 1);
                    if (entries.ContainsKey(folder))
                    {
                        break;
                    }

                    entries.Add(folder, null);
                }
            }

            var sorted = new List<KeyValuePair<string, string?>>(entries);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return sorted;
        }

        private static FileStream OpenSource(string path)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(path, e);
            }
        }
    }
}
