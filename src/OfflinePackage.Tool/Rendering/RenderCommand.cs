using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tool.Packages;
using OfflinePackage.Tool.Reports;
using OfflinePackage.Tool.Serving;
using PuppeteerSharp;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>offlinepackage render: load, render each page, report. Exit 0 clean, 1 findings, 2 cannot run.</summary>
    internal static class RenderCommand
    {
        private static readonly string[] ValueOptions = { "--screenshot", "--global", "--main-url", "--vhost", "--browser", "--timeout" };
        private static readonly string[] FlagOptions = { "--json" };

        public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            var arguments = Arguments.Parse(args, ValueOptions, FlagOptions);
            if (arguments.Help)
            {
                output.WriteLine(Texts.Render_Usage);
                return ExitCodes.Clean;
            }

            var timeout = arguments.Number("--timeout", 15, 1);
            arguments.Require(arguments.Positional.Count == 1, Texts.Render_OnePackage);

            if (arguments.Error != null)
            {
                error.WriteLine(Texts.Render_UsageError.With("render", arguments.Error));
                return ExitCodes.CannotRun;
            }

            var json = arguments.Has("--json");
            var packageFile = arguments.Positional[0];
            List<PackageContent> pages;
            List<PackageContent> globals;
            try
            {
                var loaded = PackageLoader.Load(packageFile, arguments.Value("--main-url"), arguments.Value("--vhost"));
                globals = arguments.Values("--global").Select(PackageLoader.LoadGlobal).Concat(loaded.Where(p => p.LooksGlobal)).ToList();
                pages = loaded.Where(p => !p.LooksGlobal).ToList();
                if (pages.Count == 0)
                {
                    throw new PackageLoadException(Texts.Render_GlobalHasNoPage.With(packageFile));
                }
            }
            catch (PackageLoadException e)
            {
                return CannotRun(new RenderFailure(RenderFailure.Package, e.Message), json, output, error);
            }

            var browser = BrowserLocator.Find(arguments.Value("--browser"));
            if (browser == null)
            {
                return CannotRun(new RenderFailure(RenderFailure.NoBrowser, Texts.Render_NoBrowser), json, output, error);
            }

            List<RenderReport> reports;
            try
            {
                reports = await PageRenderer.RenderAsync(
                    browser,
                    pages.Select(page => (new ContainerMap(page, globals), new RenderSettings(TimeSpan.FromSeconds(timeout), ScreenshotPath(arguments.Value("--screenshot"), page, pages.Count))))).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PuppeteerException || e is IOException || e is InvalidOperationException || e is System.ComponentModel.Win32Exception)
            {
                return CannotRun(new RenderFailure(RenderFailure.Render, Texts.Render_BrowserFailed.With(browser, e.Message)), json, output, error);
            }

            if (json)
            {
                output.WriteLine(JsonReport.Write(reports));
            }
            else
            {
                foreach (var report in reports)
                {
                    TextReport.Write(report, packageFile, output);
                }
            }

            return reports.All(r => r.Clean) ? ExitCodes.Clean : ExitCodes.Findings;
        }

        /// <summary>With several pages (a preset folder), each screenshot gets the package's ID: shot-20171228.png.</summary>
        private static string? ScreenshotPath(string? requested, PackageContent page, int pageCount) =>
            requested == null || pageCount == 1
                ? requested
                : Path.Combine(Path.GetDirectoryName(requested) ?? string.Empty, Path.GetFileNameWithoutExtension(requested) + "-" + page.Id + Path.GetExtension(requested));

        private static int CannotRun(RenderFailure failure, bool json, TextWriter output, TextWriter error)
        {
            if (json)
            {
                output.WriteLine(JsonReport.Write(failure));
            }

            error.WriteLine(Texts.Tool_Failed.With("render", failure.Message));
            return ExitCodes.CannotRun;
        }
    }
}
