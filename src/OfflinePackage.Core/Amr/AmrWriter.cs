using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using OfflinePackage.Archives;
using OfflinePackage.Signing;

namespace OfflinePackage.Amr
{
    public enum AmrTarEntryKind
    {
        Directory,

        /// <summary>A file copied from a source path.</summary>
        File,

        /// <summary>The generated hpmfile.json.</summary>
        HpmFile,
    }

    /// <summary>One entry of the tar inside an .amr.</summary>
    public readonly struct AmrTarEntry
    {
        public AmrTarEntry(string name, AmrTarEntryKind kind, string? sourcePath)
        {
            Name = name;
            Kind = kind;
            SourcePath = sourcePath;
        }

        /// <summary>The tar name; a directory's ends with '/'.</summary>
        public string Name { get; }

        public AmrTarEntryKind Kind { get; }

        /// <summary>The file copied, for <see cref="AmrTarEntryKind.File"/>; null otherwise.</summary>
        public string? SourcePath { get; }

        public override string ToString() => Name;
    }

    /// <summary>What <see cref="AmrWriter.Write"/> produced.</summary>
    public sealed class AmrWriteResult
    {
        public AmrWriteResult(string path, long tarBytes, int tarEntries, int splicedFiles)
        {
            Path = path;
            TarBytes = tarBytes;
            TarEntries = tarEntries;
            SplicedFiles = splicedFiles;
        }

        /// <summary>Files whose deflated bytes came from the upload zip instead of being deflated again.</summary>
        public int SplicedFiles { get; }

        /// <summary>Full path of the .amr written.</summary>
        public string Path { get; }

        /// <summary>Size of the (uncompressed) tar inside it.</summary>
        public long TarBytes { get; }

        /// <summary>Entries in the tar, directories and hpmfile.json included.</summary>
        public int TarEntries { get; }
    }

    /// <summary>
    /// Writes a signed .amr as the mPaaS console does: a zip of exactly Manifest.xml, CERT.json and &lt;ID&gt;.tar, in
    /// that order. The tar holds every file below the package's ID folder plus the console's hpmfile.json at its root,
    /// with an entry for every folder, all sorted by the bytes of their names. CERT.json holds the SHA1withRSA
    /// signatures of the tar and of Manifest.xml. The tar is hashed once as it is made and deflated on every core
    /// (<see cref="ParallelDeflateStream"/>) into a hidden temporary file next to the output (deleted afterwards, and
    /// by the next build or Clean if the build is killed), which becomes the tar's entry once CERT.json is written;
    /// the .amr replaces the output only once complete. The same inputs, key and timestamp give the same bytes (and the
    /// same upload zip, when its deflated files are reused).
    /// </summary>
    public static class AmrWriter
    {
        /// <summary>"&lt;id&gt;_&lt;version&gt;.amr", the name the clients load presets by.</summary>
        public static string FileName(string packageId, string version) => packageId + "_" + version + ".amr";

        /// <summary>"&lt;id&gt;.tar", the tar's name inside the .amr.</summary>
        public static string TarName(string packageId) => packageId + ".tar";

        /// <summary>Whether <see cref="Write"/> takes <paramref name="packageId"/>: A-Z a-z 0-9 . - only.</summary>
        public static bool IsUsableId(string packageId) => IsToken(packageId, allowUnderscore: false);

        /// <summary>Whether <see cref="Write"/> takes <paramref name="version"/>: A-Z a-z 0-9 . - _ only.</summary>
        public static bool IsUsableVersion(string version) => IsToken(version, allowUnderscore: true);

        /// <summary>
        /// The tar's entries in order: the files, a directory entry for every folder above them, and hpmfile.json
        /// (when <paramref name="includeHpmFile"/>), sorted by the UTF-8 bytes of their names. Throws
        /// <see cref="ArgumentException"/> for an unusable or duplicate target path (or a file named hpmfile.json at the
        /// root while the generated one is included), <see cref="TarNameTooLongException"/> for a name over 100 bytes.
        /// </summary>
        public static IReadOnlyList<AmrTarEntry> Layout(IEnumerable<ZipSource> files, bool includeHpmFile = true)
        {
            var entries = new Dictionary<string, AmrTarEntry>(StringComparer.Ordinal);
            if (includeHpmFile)
            {
                entries.Add(HpmFile.FileName, new AmrTarEntry(HpmFile.FileName, AmrTarEntryKind.HpmFile, null));
            }

            foreach (var file in files)
            {
                var name = file.TargetPath;
                CheckTargetPath(name);
                if (entries.ContainsKey(name))
                {
                    throw new ArgumentException(name == HpmFile.FileName && includeHpmFile
                        ? $"'{name}' at the tar root is written by the packager; the package must not contain its own."
                        : $"'{name}' is listed more than once.");
                }

                entries.Add(name, new AmrTarEntry(name, AmrTarEntryKind.File, file.SourcePath));
                foreach (var folder in ArchiveFolders.Above(name))
                {
                    if (entries.ContainsKey(folder))
                    {
                        break;
                    }

                    entries.Add(folder, new AmrTarEntry(folder, AmrTarEntryKind.Directory, null));
                }
            }

            var sorted = new List<KeyValuePair<byte[], AmrTarEntry>>(entries.Count);
            foreach (var entry in entries.Values)
            {
                if (entry.Kind == AmrTarEntryKind.Directory && entries.ContainsKey(entry.Name.Substring(0, entry.Name.Length - 1)))
                {
                    throw new ArgumentException($"'{entry.Name.TrimEnd('/')}' is both a file and a folder.");
                }

                sorted.Add(new KeyValuePair<byte[], AmrTarEntry>(TarWriter.EncodeName(entry.Name, entry.Kind == AmrTarEntryKind.Directory), entry));
            }

            sorted.Sort((a, b) => CompareBytes(a.Key, b.Key));
            var layout = new List<AmrTarEntry>(sorted.Count);
            foreach (var entry in sorted)
            {
                layout.Add(entry.Value);
            }

            return layout;
        }

        /// <summary>
        /// Writes <paramref name="amrPath"/> (normally <see cref="FileName"/> in some folder). Throws
        /// <see cref="ArgumentException"/> before anything is written: for an ID or version <see cref="IsUsableId"/> /
        /// <see cref="IsUsableVersion"/> refuse, for target paths as <see cref="Layout"/> does (<see cref="TarNameTooLongException"/>
        /// is one), and for a timestamp before 1980 (<see cref="ArgumentOutOfRangeException"/>, see <see cref="ArchiveTimestamp"/>);
        /// <see cref="SourceReadException"/> when a source file cannot be read, <see cref="ZipLimitException"/> beyond
        /// 4 GiB, and <see cref="OperationCanceledException"/> when cancelled; the output is then left as it was.
        /// <paramref name="uploadZip"/> names the upload zip of the same files, when one was written: the files whose
        /// deflated bytes it holds are spliced into the tar instead of deflated again (see <see cref="UploadZipReuse"/>).
        /// </summary>
        public static AmrWriteResult Write(
            string amrPath,
            string packageId,
            string version,
            IEnumerable<ZipSource> files,
            RsaPrivateKey privateKey,
            DateTime timestamp,
            CancellationToken cancellationToken = default,
            bool includeHpmFile = true,
            string? uploadZip = null)
        {
            if (!IsUsableId(packageId))
            {
                throw new ArgumentException($"'{packageId}' is not a usable package ID.", nameof(packageId));
            }

            if (!IsUsableVersion(version))
            {
                throw new ArgumentException($"'{version}' is not a usable package version.", nameof(version));
            }

            if (timestamp < ArchiveTimestamp.Default)
            {
                throw new ArgumentOutOfRangeException(nameof(timestamp), "A zip timestamp cannot lie before 1980-01-01.");
            }

            var entries = Layout(files, includeHpmFile);
            var manifest = ManifestXml.RenderBytes(packageId, version);
            var hpmFile = HpmFile.RenderBytes(packageId, version);
            var fullPath = Path.GetFullPath(amrPath);
            var directory = Path.GetDirectoryName(fullPath)!;
            var tarName = TarName(packageId);
            long tarBytes = 0;
            var spliced = 0;
            cancellationToken.ThrowIfCancellationRequested();

            AtomicFile.Write(fullPath, output =>
            {
                // Created after AtomicFile cleared leftovers of this output, and named so that the next build and
                // Clean remove it should this build be killed.
                var tarPath = Path.Combine(directory, AtomicFile.TempPrefix(Path.GetFileName(fullPath)) + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tar.tmp");
                try
                {
                    using var deflatedTar = new FileStream(tarPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                    using var deflating = new ParallelDeflateStream(deflatedTar, CompressionLevel.Optimal, cancellationToken);
                    byte[] tarHash;
                    var reusable = uploadZip != null && deflating.CanSplice
                        ? UploadZipReuse.Find(uploadZip, packageId, entries, cancellationToken)
                        : new Dictionary<string, ReusableEntry>();
                    using (var hashing = new Sha1WriteStream(deflating))
                    {
                        var tar = new TarWriter(hashing, timestamp);
                        spliced = WriteTar(tar, entries, hpmFile, cancellationToken, entry =>
                        {
                            // Checked against the file just before; should it change in between, the self-check fails.
                            if (!reusable.TryGetValue(entry, out var zipEntry) || !zipEntry.IsUnchanged)
                            {
                                return false;
                            }

                            deflating.SpliceAt(tar.Position + TarWriter.BlockSize, zipEntry.Size, zipEntry.Crc, uploadZip!, zipEntry.DataOffset, zipEntry.DeflatedLength);
                            return true;
                        });
                        tarHash = hashing.GetHash();
                    }

                    deflating.Complete();
                    tarBytes = deflating.Length;
                    cancellationToken.ThrowIfCancellationRequested();
                    var cert = new CertJson(new[]
                    {
                        new KeyValuePair<string, byte[]>(tarName, Sha1Rsa.SignHash(tarHash, privateKey)),
                        new KeyValuePair<string, byte[]>(ManifestXml.FileName, Sha1Rsa.Sign(manifest, privateKey)),
                    });

                    var zip = new DeterministicZipWriter(output, timestamp);
                    using (var manifestStream = new MemoryStream(manifest, writable: false))
                    {
                        zip.AddFile(ManifestXml.FileName, manifestStream, cancellationToken);
                    }

                    using (var certStream = new MemoryStream(cert.RenderBytes(), writable: false))
                    {
                        zip.AddFile(CertJson.FileName, certStream, cancellationToken);
                    }

                    deflatedTar.Position = 0;
                    if (deflating.DeflatedLength < tarBytes)
                    {
                        zip.AddPrepared(tarName, deflated: true, deflating.Crc, tarBytes, deflatedTar, deflating.DeflatedLength, cancellationToken);
                    }
                    else
                    {
                        // Deflate did not make it smaller: stored, as zip -r would, inflated back from the temporary file.
                        using var inflated = new DeflateStream(deflatedTar, CompressionMode.Decompress, leaveOpen: true);
                        zip.AddFile(tarName, inflated, cancellationToken, store: true);
                    }

                    zip.Finish();
                }
                finally
                {
                    TryDelete(tarPath);
                }
            });

            return new AmrWriteResult(fullPath, tarBytes, entries.Count, spliced);
        }

        /// <summary>Writes the tar; <paramref name="splice"/> is asked before each file is added and says whether it spliced the file's data. Returns how many it did.</summary>
        private static int WriteTar(TarWriter writer, IReadOnlyList<AmrTarEntry> entries, byte[] hpmFile, CancellationToken cancellationToken, Func<string, bool> splice)
        {
            var spliced = 0;
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (entry.Kind)
                {
                    case AmrTarEntryKind.Directory:
                        writer.AddDirectory(entry.Name);
                        break;
                    case AmrTarEntryKind.HpmFile:
                        writer.AddFile(entry.Name, hpmFile);
                        break;
                    default:
                        spliced += splice(entry.Name) ? 1 : 0;
                        writer.AddFile(entry.Name, entry.SourcePath!, cancellationToken);
                        break;
                }
            }

            writer.Finish();
            return spliced;
        }

        /// <summary>Ordinal comparison of byte strings: the order of tar names.</summary>
        internal static int CompareBytes(byte[] a, byte[] b)
        {
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }

        private static void CheckTargetPath(string path)
        {
            var problem =
                path.Length == 0 ? "is empty"
                : path.IndexOf('\\') >= 0 ? "contains a backslash"
                : path.IndexOf('\0') >= 0 ? "contains NUL"
                : path.StartsWith("/", StringComparison.Ordinal) ? "is absolute"
                : path.EndsWith("/", StringComparison.Ordinal) ? "ends with '/'"
                : ArchiveFolders.HasEmptyOrDotSegment(path) ? "has an empty, '.' or '..' segment"
                : null;
            if (problem != null)
            {
                throw new ArgumentException($"The target path '{path}' {problem}.");
            }
        }

        /// <summary>
        /// IDs and versions become file names, XML text and JSON strings: only A-Z a-z 0-9 . - are accepted, and '_'
        /// in a version (an ID with '_' would make "&lt;id&gt;_&lt;version&gt;.amr" ambiguous).
        /// </summary>
        private static bool IsToken(string value, bool allowUnderscore) =>
            value.Length > 0 && value != "." && value != ".."
            && value.All(c => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || (c == '_' && allowUnderscore));

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Best effort: the hidden temporary file is removed by the next build or by Clean.
            }
        }
    }
}
