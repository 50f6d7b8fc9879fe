using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Presets
{
    /// <summary>One .amr going into a preset bundle, its h5_json.json (if any), and where it was named (for diagnostics).</summary>
    public sealed class PresetSource
    {
        public PresetSource(string amrPath, string h5JsonPath, Subject origin)
        {
            AmrPath = amrPath;
            H5JsonPath = h5JsonPath;
            Origin = origin;
        }

        public string AmrPath { get; }

        /// <summary>Empty when the package comes without one (then its entry must come from another source's file).</summary>
        public string H5JsonPath { get; }

        public Subject Origin { get; }
    }

    /// <summary>What a preset bundle will hold, or why it cannot be written.</summary>
    public sealed class PresetBundlePlan
    {
        internal PresetBundlePlan(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> amrFiles, H5JsonDocument document)
        {
            Diagnostics = diagnostics;
            AmrFiles = amrFiles;
            Document = document;
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

        /// <summary>Full paths of the .amr files, in the order given.</summary>
        public IReadOnlyList<string> AmrFiles { get; }

        /// <summary>The merged h5_json.json.</summary>
        public H5JsonDocument Document { get; }
    }

    /// <summary>
    /// The folder an app presets from (spec §3.6, rules 26 and 27): every .amr, verified, and one merged h5_json.json
    /// whose entries match the .amr files one to one (app_id, version, file name, vhost). On Android one missing or
    /// mismatched .amr breaks every preset, so any mismatch is an error and nothing is written.
    /// </summary>
    public static class PresetBundle
    {
        public const string H5JsonFileName = "h5_json.json";

        /// <param name="bundle">What findings about the bundle as a whole are about (its project, or the folder's h5_json.json).</param>
        public static PresetBundlePlan Plan(
            IReadOnlyList<PresetSource> sources,
            RsaPublicKey? publicKey,
            string? virtualDomain,
            Subject bundle,
            CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<Diagnostic>();
            var packages = new List<PresetPackage>();
            var amrFiles = new List<string>();
            foreach (var source in sources)
            {
                var path = Path.GetFullPath(source.AmrPath);
                if (!File.Exists(path))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCatalog.PresetAmrNotFound, source.Origin, path));
                    continue;
                }

                var verification = AmrVerifier.Verify(path, publicKey, cancellationToken);
                diagnostics.AddRange(verification.Findings);
                if (verification.Manifest != null)
                {
                    packages.Add(new PresetPackage(verification.Manifest.Uid, verification.Manifest.Version, Path.GetFileName(path)));
                    amrFiles.Add(path);
                }
            }

            var documents = new List<H5JsonDocument>();
            var documentSources = new List<string>();
            foreach (var h5Json in sources.Select(s => s.H5JsonPath).Where(p => p.Length > 0).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
            {
                var loaded = H5JsonDocument.Load(h5Json);
                diagnostics.AddRange(loaded.Diagnostics);
                if (loaded.Value != null)
                {
                    documents.Add(loaded.Value);
                    documentSources.Add(h5Json);
                }
            }

            var domain = virtualDomain?.Trim() ?? string.Empty;
            if (domain.Length > 0)
            {
                diagnostics.AddRange(VirtualDomainCheck.Validate(domain));
            }

            var merged = H5JsonDocument.Merge(documents, bundle, documentSources);
            diagnostics.AddRange(merged.Diagnostics);

            // Two .amr files of one app_id overwrite each other's place in the app even when only one has an entry.
            diagnostics.AddRange(packages
                .GroupBy(p => p.AppId, StringComparer.Ordinal)
                .Where(g => g.Count() > 1 && !merged.DuplicateAppIds.Contains(g.Key))
                .Select(g => H5JsonDocument.DuplicateAppId(g.Key, g.Select(p => p.Version), bundle)));
            diagnostics.AddRange(PresetBundleCheck.Validate(merged.Document, packages, domain, bundle));
            return new PresetBundlePlan(diagnostics, amrFiles, merged.Document);
        }

        /// <summary>
        /// Copies every .amr and writes h5_json.json into <paramref name="folder"/>, each only when its content changed,
        /// and removes .amr files an earlier bundle wrote there that are no longer part of it (listed in
        /// <paramref name="stateFile"/>; other files in the folder are never touched).
        /// </summary>
        /// <returns>Full paths of the files the bundle consists of.</returns>
        public static IReadOnlyList<string> Write(PresetBundlePlan plan, string folder, string stateFile)
        {
            if (plan.HasErrors)
            {
                throw new InvalidOperationException("a plan with errors is not written");
            }

            folder = Path.GetFullPath(folder);
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var amr in plan.AmrFiles)
            {
                var target = Path.Combine(folder, Path.GetFileName(amr));
                FileUpdate.CopyIfChanged(amr, target);
                written.Add(target);
            }

            var h5Json = Path.Combine(folder, H5JsonFileName);
            FileUpdate.WriteIfChanged(h5Json, plan.Document.ToUtf8Bytes());
            written.Add(h5Json);

            var names = new HashSet<string>(written.Select(Path.GetFileName), StringComparer.Ordinal);
            var previous = ReadState(stateFile);
            if (string.Equals(previous.Folder, folder, StringComparison.Ordinal))
            {
                DeleteFiles(folder, previous.Names.Where(n => !names.Contains(n) && n.EndsWith(".amr", StringComparison.OrdinalIgnoreCase)));
            }

            FileUpdate.WriteIfChanged(stateFile, new System.Text.UTF8Encoding(false).GetBytes(string.Join("\n", new[] { folder }.Concat(names.OrderBy(n => n, StringComparer.Ordinal))) + "\n"));
            return written;
        }

        /// <summary>Deletes what the last bundle wrote (its .amr files and h5_json.json) and the state file itself.</summary>
        public static void Clean(string stateFile)
        {
            var previous = ReadState(stateFile);
            if (previous.Folder.Length > 0)
            {
                DeleteFiles(previous.Folder, previous.Names);
            }

            if (File.Exists(stateFile))
            {
                File.Delete(stateFile);
            }
        }

        /// <summary>The folder an earlier bundle wrote into and the names it wrote there (first line: the folder; then one name a line).</summary>
        private static (string Folder, IReadOnlyList<string> Names) ReadState(string stateFile)
        {
            var lines = File.Exists(stateFile) ? File.ReadAllLines(stateFile) : Array.Empty<string>();
            if (lines.Length == 0)
            {
                return (string.Empty, Array.Empty<string>());
            }

            // Names only: a state file edited to hold a path cannot make the bundle delete outside its folder.
            return (lines[0], lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && Path.GetFileName(l) == l).ToList());
        }

        private static void DeleteFiles(string folder, IEnumerable<string> names)
        {
            foreach (var path in names.Select(n => Path.Combine(folder, n)).Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }
}
