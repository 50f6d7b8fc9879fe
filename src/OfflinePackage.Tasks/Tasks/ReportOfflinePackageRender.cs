using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Rendering;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Reports the last render's findings as OPK8 diagnostics at the zip, and the screenshot's path. Runs in every build
    /// that renders, so a build that did not render again (the package did not change) still shows them.
    /// </summary>
    public sealed class ReportOfflinePackageRender : OfflinePackageTask
    {
        [Required]
        public string ResultsFile { get; set; } = string.Empty;

        [Required]
        public string ZipPath { get; set; } = string.Empty;

        public override bool Execute()
        {
            var results = File.Exists(ResultsFile) ? RenderResults.Parse(File.ReadAllText(ResultsFile)) : null;
            if (results == null)
            {
                return true;
            }

            foreach (var diagnostic in results.Diagnostics(new Subject(Path.GetFullPath(ZipPath))))
            {
                Report(diagnostic);
            }

            foreach (var screenshot in results.Screenshots)
            {
                Log.LogMessage(MessageImportance.High, Strings.Format("Render_OutputLine", screenshot));
            }

            return !Log.HasLoggedErrors;
        }
    }
}
