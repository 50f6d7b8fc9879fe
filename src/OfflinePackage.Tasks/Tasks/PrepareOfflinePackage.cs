using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Expands the OfflineResource items, checks every rule, and returns the files to package with their
    /// TargetPath. Also keeps the inputs cache that makes the archive target rebuild on deletions and renames.
    /// </summary>
    public sealed class PrepareOfflinePackage : Task, IIncrementalTask
    {
        public ITaskItem[] Resources { get; set; } = new ITaskItem[0];

        public string PackageId { get; set; } = string.Empty;

        public string PackageVersion { get; set; } = PackageOptions.DefaultVersion;

        public string MainUrl { get; set; } = PackageOptions.DefaultMainUrl;

        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        /// <summary>Where to keep the inputs cache; no cache when empty.</summary>
        public string InputsCacheFile { get; set; } = string.Empty;

        /// <summary>Other settings that change the output (name=value), recorded in the inputs cache.</summary>
        public ITaskItem[] OutputSettings { get; set; } = new ITaskItem[0];

        public string HelpLinkBase { get; set; } = string.Empty;

        /// <summary>Set by `dotnet build -question`: report, rather than write, an inputs cache that is out of date.</summary>
        public bool FailIfNotIncremental { get; set; }

        [Output]
        public ITaskItem[] Files { get; private set; } = new ITaskItem[0];

        public override bool Execute()
        {
            var options = new PackageOptions(PackageId, ProjectFile)
            {
                Version = PackageVersion,
                MainUrl = MainUrl,
            };
            var plan = PackagePlanner.Plan(options, Resources.Select(ToSpec));
            foreach (var diagnostic in plan.Diagnostics)
            {
                Log.Report(diagnostic, HelpLinkBase);
            }

            if (plan.HasErrors)
            {
                return false;
            }

            Files = plan.Model.Files.Select(ToItem).ToArray();
            if (InputsCacheFile.Length > 0)
            {
                UpdateInputsCache(InputsCache.Render(Settings(options), plan.Model.Files));
            }

            return !Log.HasLoggedErrors;
        }

        private void UpdateInputsCache(string content)
        {
            if (FailIfNotIncremental)
            {
                if (!InputsCache.IsCurrent(InputsCacheFile, content))
                {
                    Log.Report(new Diagnostic(DiagnosticCatalog.InputsChanged, new SourceLocation(ProjectFile), InputsCacheFile), HelpLinkBase);
                }

                return;
            }

            try
            {
                InputsCache.WriteIfChanged(InputsCacheFile, content);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.Report(new Diagnostic(DiagnosticCatalog.ArchiveWriteFailed, new SourceLocation(InputsCacheFile), InputsCacheFile, e.Message.TrimEnd('.')), HelpLinkBase);
            }
        }

        private IEnumerable<KeyValuePair<string, string>> Settings(PackageOptions options)
        {
            yield return new KeyValuePair<string, string>("id", options.Id);
            yield return new KeyValuePair<string, string>("version", options.Version);
            foreach (var setting in OutputSettings)
            {
                yield return new KeyValuePair<string, string>(setting.ItemSpec, setting.GetMetadata("Value"));
            }
        }

        private static ResourceSpec ToSpec(ITaskItem item)
        {
            var targetPath = item.GetMetadata("TargetPath");
            return new ResourceSpec(item.ItemSpec, item.GetMetadata("FullPath"), item.GetMetadata("DefiningProjectFullPath"))
            {
                TargetPath = targetPath.Length == 0 ? null : targetPath,
                RecursiveDir = item.GetMetadata("RecursiveDir"),
            };
        }

        private static ITaskItem ToItem(PackageFile file)
        {
            var item = new TaskItem(file.SourcePath);
            item.SetMetadata("TargetPath", file.TargetPath);
            return item;
        }
    }
}
