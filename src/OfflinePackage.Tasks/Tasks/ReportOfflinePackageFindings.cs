using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Reports the findings a step saved (SavedFindings) and returns the files it wrote. Runs in every build, so a
    /// build that skipped the step (nothing it reads changed) shows the same findings; strict mode applies as it is now.
    /// </summary>
    public sealed class ReportOfflinePackageFindings : OfflinePackageTask
    {
        /// <summary>The first line of a results file this task reads.</summary>
        public const string Stamp = "offlinepackage-findings 1";

        [Required]
        public string ResultsFile { get; set; } = string.Empty;

        /// <summary>The files the step wrote, as it saved them.</summary>
        [Output]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        public override bool Execute()
        {
            // No results: the step did not complete, and it reported why itself.
            var results = SavedFindings.Load(Path.GetFullPath(ResultsFile), Stamp);
            if (results == null)
            {
                return true;
            }

            foreach (var finding in results.Findings)
            {
                Report(finding);
            }

            Files = results.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            return !Log.HasLoggedErrors;
        }
    }
}
