using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Signing;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Writes a preset bundle: the .amr files of the referenced package projects and of OfflinePackagePreset items,
    /// and one merged h5_json.json, into the folder an app copies into Android assets/ or an iOS bundle.
    /// </summary>
    public sealed class WriteOfflinePackagePresetBundle : OfflinePackageTask, ICancelableTask
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        /// <summary>The project references asked for their preset (to tell which ones answered).</summary>
        public ITaskItem[] References { get; set; } = new ITaskItem[0];

        /// <summary>The answers of package projects: ItemSpec = project path; metadata Amr and H5Json (empty when not built).</summary>
        public ITaskItem[] ReferencedPresets { get; set; } = new ITaskItem[0];

        /// <summary>OfflinePackagePreset items: ItemSpec = an .amr; metadata H5Json = its h5_json.json.</summary>
        public ITaskItem[] Presets { get; set; } = new ITaskItem[0];

        [Required]
        public string OutputPath { get; set; } = string.Empty;

        [Required]
        public string StateFile { get; set; } = string.Empty;

        public string PublicKeyFile { get; set; } = string.Empty;

        public string VirtualDomain { get; set; } = string.Empty;

        /// <summary>
        /// Where the findings and the bundle's files are saved, for ReportOfflinePackageFindings to report in this build
        /// and in later ones that skip this task (nothing it reads changed). Only a completed run leaves the file.
        /// </summary>
        [Required]
        public string ResultsFile { get; set; } = string.Empty;

        public void Cancel() => _cancel.Cancel();

        public override bool Execute()
        {
            var resultsFile = Path.GetFullPath(ResultsFile);
            if (!TryDelete(resultsFile))
            {
                return false;
            }

            RsaPublicKey? publicKey = null;
            if (PublicKeyFile.Length > 0)
            {
                publicKey = LoadPublicKey(Path.GetFullPath(PublicKeyFile));
                if (publicKey == null)
                {
                    return false;
                }
            }

            var findings = new List<Diagnostic>();
            if (References.Length == 0 && Presets.Length == 0)
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.PresetBundleEmpty, new Subject(ProjectFile)));
            }

            var sources = ReferenceSources(findings).Concat(ItemSources()).ToList();
            PresetBundlePlan plan;
            try
            {
                plan = PresetBundle.Plan(sources, publicKey, VirtualDomain, Subject.Project, _cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            findings.AddRange(plan.Diagnostics);
            var files = new List<string>();
            var folder = Path.GetFullPath(OutputPath);
            try
            {
                // Errors (in strict mode warnings too) leave the folder as it is.
                if (!findings.Any(f => f.InMode(Strict).Severity == Severity.Error))
                {
                    files.AddRange(PresetBundle.Write(plan, folder, Path.GetFullPath(StateFile)));
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, folder, folder, e.Message.TrimEnd('.'));
                return false;
            }

            try
            {
                var text = new UTF8Encoding(false).GetBytes(SavedFindings.ToText(ReportOfflinePackageFindings.Stamp, findings, files));
                AtomicFile.Write(resultsFile, stream => stream.Write(text, 0, text.Length));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, resultsFile, resultsFile, e.Message.TrimEnd('.'));
            }

            return !Log.HasLoggedErrors;
        }

        private bool TryDelete(string path)
        {
            try
            {
                File.Delete(path);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, path, path, e.Message.TrimEnd('.'));
                return false;
            }
        }

        private IEnumerable<PresetSource> ReferenceSources(List<Diagnostic> findings)
        {
            var answers = ReferencedPresets.ToLookup(i => Path.GetFullPath(i.ItemSpec), PathComparer);
            foreach (var reference in References)
            {
                var project = reference.GetMetadata("FullPath");
                var origin = Subject.Item("ProjectReference", reference.ItemSpec);
                var answer = answers[project].FirstOrDefault();
                if (answer == null)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetReferenceNotAPackage, origin, project));
                    continue;
                }

                var amr = answer.GetMetadata("Amr");
                var h5Json = answer.GetMetadata("H5Json");
                if (amr.Length == 0 || h5Json.Length == 0)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetReferenceWithoutAmr, origin, project, FixFor(answer)));
                    continue;
                }

                yield return new PresetSource(amr, h5Json, origin);
            }
        }

        private IEnumerable<PresetSource> ItemSources() =>
            Presets.Select(item => new PresetSource(
                item.GetMetadata("FullPath"),
                item.GetMetadata("H5Json").Trim() is var h5 && h5.Length > 0 ? Path.GetFullPath(h5) : string.Empty,
                Subject.Item("OfflinePackagePreset", item.ItemSpec)));

        /// <summary>What to do about a referenced project without a preset, by its metadata Reason (OfflinePackageGetPreset); an SDK older than the reason reads as unsigned.</summary>
        private static string FixFor(ITaskItem answer) => answer.GetMetadata("Reason") switch
        {
            "NoH5Json" => Texts.PresetReferenceFix_NoH5Json,
            "Disabled" => Texts.PresetReferenceFix_Disabled,
            "Bundle" => Texts.PresetReferenceFix_Bundle,
            _ => Texts.PresetReferenceFix_Unsigned,
        };

        private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }
}
