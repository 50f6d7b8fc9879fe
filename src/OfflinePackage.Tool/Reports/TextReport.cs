using System.IO;
using OfflinePackage.Diagnostics;
using OfflinePackage.Rendering;

namespace OfflinePackage.Tool.Reports
{
    /// <summary>The report as the build words it: one OPK8 diagnostic line per finding, at the package file.</summary>
    internal static class TextReport
    {
        public static void Write(RenderReport report, string packageFile, TextWriter output)
        {
            output.WriteLine(Strings.Format("Render_Rendered", report.Url));
            foreach (var finding in report.Findings)
            {
                var diagnostic = RenderDiagnostics.For(finding.Kind, finding.Url, finding.Initiator, finding.Message, report.Url, new Subject(packageFile));
                if (diagnostic != null)
                {
                    output.WriteLine(diagnostic);
                }
            }

            if (report.BridgeCalls.Count > 0)
            {
                output.WriteLine(Strings.Format("Render_BridgeCalls", string.Join(", ", report.BridgeCalls)));
            }

            if (report.Screenshot != null)
            {
                output.WriteLine(Strings.Format("Render_Screenshot", report.Screenshot));
            }

            if (report.Clean)
            {
                output.WriteLine(Strings.Get("Render_Clean"));
            }
        }
    }
}
