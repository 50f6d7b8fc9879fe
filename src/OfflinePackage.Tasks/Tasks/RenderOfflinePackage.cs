using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Rendering;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Renders the built package (OfflinePackageRender=true) by running `offlinepackage render --json` from the SDK
    /// package with dotnet: the browser driver (PuppeteerSharp, .NET 8+) never loads into MSBuild's process. Writes the
    /// tool's JSON to <see cref="ResultsFile"/> (replayed by ReportOfflinePackageRender); reports only what stops the
    /// render itself: no browser (OPK8007) or a tool, browser or package that fails (OPK8008).
    /// </summary>
    public sealed class RenderOfflinePackage : OfflinePackageTask
    {
        [Required]
        public string ToolPath { get; set; } = string.Empty;

        /// <summary>The dotnet executable (DOTNET_HOST_PATH in dotnet builds); "dotnet" from PATH when empty.</summary>
        public string DotnetHost { get; set; } = string.Empty;

        [Required]
        public string ZipPath { get; set; } = string.Empty;

        [Required]
        public string ScreenshotPath { get; set; } = string.Empty;

        [Required]
        public string ResultsFile { get; set; } = string.Empty;

        public string MainUrl { get; set; } = string.Empty;

        /// <summary>The package's host (https://&lt;ID&gt;.&lt;virtual domain&gt;); a placeholder host when empty.</summary>
        public string VirtualHost { get; set; } = string.Empty;

        public ITaskItem[] GlobalPackages { get; set; } = new ITaskItem[0];

        public string Browser { get; set; } = string.Empty;

        public string Timeout { get; set; } = string.Empty;

        public override bool Execute()
        {
            var tool = Path.GetFullPath(ToolPath);
            if (!File.Exists(tool))
            {
                Report(DiagnosticCatalog.RenderCannotRun, ProjectFile, Strings.Format("Render_ToolNotFound", tool));
                return false;
            }

            var arguments = new List<string> { "exec", tool, "render", "--json", Path.GetFullPath(ZipPath), "--screenshot", Path.GetFullPath(ScreenshotPath) };
            AddOption(arguments, "--main-url", MainUrl);
            AddOption(arguments, "--vhost", VirtualHost);
            AddOption(arguments, "--browser", Browser);
            AddOption(arguments, "--timeout", Timeout);
            foreach (var global in GlobalPackages)
            {
                AddOption(arguments, "--global", Path.GetFullPath(global.ItemSpec));
            }

            string output, error;
            int exitCode;
            try
            {
                (exitCode, output, error) = Run(DotnetHost.Length > 0 ? DotnetHost : "dotnet", arguments);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Report(DiagnosticCatalog.RenderCannotRun, ProjectFile, Strings.Format("Render_ToolFailed", -1, e.Message));
                return false;
            }

            var results = RenderResults.Parse(output);
            if (results == null || results.CannotRunKind != null)
            {
                var why = results?.CannotRunMessage ?? Strings.Format("Render_ToolFailed", exitCode, (error + output).Trim());
                var descriptor = results?.CannotRunKind == "browser" ? DiagnosticCatalog.RenderNoBrowser : DiagnosticCatalog.RenderCannotRun;
                Report(descriptor, ProjectFile, why);
                return false;
            }

            AtomicFile.Write(ResultsFile, stream =>
            {
                var bytes = new UTF8Encoding(false).GetBytes(output);
                stream.Write(bytes, 0, bytes.Length);
            });
            return true;
        }

        private static void AddOption(List<string> arguments, string name, string value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                arguments.Add(name);
                arguments.Add(value);
            }
        }

        private static (int ExitCode, string Output, string Error) Run(string fileName, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(fileName, string.Join(" ", arguments.Select(Quote)))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }

        /// <summary>One argument as the C runtime and .NET split a command line (netstandard2.0 has no ArgumentList).</summary>
        private static string Quote(string argument)
        {
            if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0)
            {
                return argument;
            }

            var quoted = new StringBuilder("\"");
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }

                quoted.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes).Append(c);
                backslashes = 0;
            }

            return quoted.Append('\\', backslashes * 2).Append('"').ToString();
        }
    }
}
