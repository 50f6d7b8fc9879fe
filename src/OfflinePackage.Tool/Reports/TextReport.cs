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
            output.WriteLine(Texts.Render_Rendered.With(report.Url));
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
                output.WriteLine(Texts.Render_BridgeCalls.With(string.Join(", ", report.BridgeCalls)));
            }

            if (report.Screenshot != null)
            {
                output.WriteLine(Texts.Render_Screenshot.With(report.Screenshot));
            }

            if (report.Clean)
            {
                output.WriteLine(Texts.Render_Clean);
            }
        }
    }
}
