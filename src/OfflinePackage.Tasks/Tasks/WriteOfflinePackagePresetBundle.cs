using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
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

        [Output]
        public ITaskItem[] WrittenFiles { get; set; } = new ITaskItem[0];

        public void Cancel() => _cancel.Cancel();

        public override bool Execute()
        {
            RsaPublicKey? publicKey = null;
            if (PublicKeyFile.Length > 0)
            {
                publicKey = LoadPublicKey(Path.GetFullPath(PublicKeyFile));
                if (publicKey == null)
                {
                    return false;
                }
            }

            if (References.Length == 0 && Presets.Length == 0)
            {
                Report(new Diagnostic(DiagnosticCatalog.PresetBundleEmpty, new Subject(ProjectFile)));
            }

            var sources = ReferenceSources().Concat(ItemSources()).ToList();
            PresetBundlePlan plan;
            try
            {
                plan = PresetBundle.Plan(sources, publicKey, VirtualDomain, Subject.Project, Subject.Property("OfflinePackageVirtualDomain"), _cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            foreach (var diagnostic in plan.Diagnostics)
            {
                Report(diagnostic);
            }

            if (Log.HasLoggedErrors)
            {
                return false;
            }

            var folder = Path.GetFullPath(OutputPath);
            try
            {
                WrittenFiles = PresetBundle.Write(plan, folder, Path.GetFullPath(StateFile)).Select(p => (ITaskItem)new TaskItem(p)).ToArray();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, folder, folder, e.Message.TrimEnd('.'));
            }

            return !Log.HasLoggedErrors;
        }

        private IEnumerable<PresetSource> ReferenceSources()
        {
            var answers = ReferencedPresets.ToLookup(i => Path.GetFullPath(i.ItemSpec), PathComparer);
            foreach (var reference in References)
            {
                var project = reference.GetMetadata("FullPath");
                var origin = Subject.Item("ProjectReference", reference.ItemSpec);
                var answer = answers[project].FirstOrDefault();
                if (answer == null)
                {
                    Report(new Diagnostic(DiagnosticCatalog.PresetReferenceNotAPackage, origin, project));
                    continue;
                }

                var amr = answer.GetMetadata("Amr");
                var h5Json = answer.GetMetadata("H5Json");
                if (amr.Length == 0 || h5Json.Length == 0)
                {
                    Report(new Diagnostic(DiagnosticCatalog.PresetReferenceWithoutAmr, origin, project, Strings.Get("PresetReferenceFix_" + ReasonOf(answer))));
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

        /// <summary>Why a referenced project has no preset (metadata Reason of OfflinePackageGetPreset); an SDK older than the reason reads as unsigned.</summary>
        private static string ReasonOf(ITaskItem answer) =>
            answer.GetMetadata("Reason") is var reason && (reason == "NoH5Json" || reason == "Disabled" || reason == "Bundle") ? reason : "Unsigned";

        private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }
}
