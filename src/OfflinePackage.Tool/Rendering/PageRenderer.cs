using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using OfflinePackage.Diagnostics;
using OfflinePackage.Rendering;
using OfflinePackage.Tool.Reports;
using OfflinePackage.Tool.Serving;
using PuppeteerSharp;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>
    /// Loads a package's main entry in headless Chromium with every request answered by <see cref="ContainerMap"/> or
    /// refused, waits for load and network quiet (bounded), and reports what the page did and whether it shows anything.
    /// </summary>
    internal static class PageRenderer
    {
        /// <summary>Renders each page in a fresh page of one browser (a fresh profile, deleted afterwards).</summary>
        public static async Task<List<RenderReport>> RenderAsync(string browserPath, IEnumerable<(ContainerMap Map, RenderSettings Settings)> pages)
        {
            var userDataDir = Directory.CreateTempSubdirectory("offlinepackage-render-").FullName;
            try
            {
                var launch = new LaunchOptions
                {
                    ExecutablePath = browserPath,
                    Headless = true,
                    Args = ContainerEmulation.LaunchArguments(userDataDir).ToArray(),
                    Timeout = 60_000,
                };
                await using var browser = await Puppeteer.LaunchAsync(launch).ConfigureAwait(false);
                var reports = new List<RenderReport>();
                foreach (var (map, settings) in pages)
                {
                    await using var page = await browser.NewPageAsync().ConfigureAwait(false);
                    reports.Add(await RenderPageAsync(page, map, settings).ConfigureAwait(false));
                }

                return reports;
            }
            finally
            {
                TryDelete(userDataDir);
            }
        }

        private static async Task<RenderReport> RenderPageAsync(IPage page, ContainerMap map, RenderSettings settings)
        {
            var log = new RequestLog();
            await page.SetViewportAsync(new ViewPortOptions
            {
                Width = ContainerEmulation.ViewportWidth,
                Height = ContainerEmulation.ViewportHeight,
                IsMobile = true,
                HasTouch = true,
                DeviceScaleFactor = 1,
            }).ConfigureAwait(false);
            await page.SetUserAgentAsync(ContainerEmulation.UserAgent).ConfigureAwait(false);
            await page.EvaluateExpressionOnNewDocumentAsync(ContainerEmulation.BridgeScript).ConfigureAwait(false);
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            page.Request += async (_, e) => await AnswerAsync(e.Request, map, log).ConfigureAwait(false);
            page.RequestFailed += (_, e) => log.Failed(e.Request);
            page.Console += (_, e) => log.Console(e.Message);
            page.PageError += (_, e) => log.Exception(e.Message);

            var report = new RenderReport { Package = map.Package.Name, Url = map.Package.EntryUrl };
            try
            {
                await page.GoToAsync(report.Url, new NavigationOptions
                {
                    Timeout = (int)settings.Timeout.TotalMilliseconds,
                    WaitUntil = new[] { WaitUntilNavigation.Load, WaitUntilNavigation.Networkidle0 },
                }).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                report.Settled = false;
            }
            catch (NavigationException)
            {
                // The main entry itself was refused (recorded as a request outside the package): the WebView shows an
                // empty page, not Chromium's error page.
                await page.GoToAsync("about:blank").ConfigureAwait(false);
            }

            var (visibility, calls) = await InspectAsync(page).ConfigureAwait(false);
            var screenshot = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).ConfigureAwait(false);

            report.VisibleText = visibility.Text;
            report.VisibleElements = visibility.Elements;
            report.ScreenshotColour = PngColours.SingleColour(screenshot);
            report.BridgeCalls = new List<string>(Array.ConvertAll(calls, c => c.Name));
            report.Findings = log.Findings();
            Judge(report, settings);
            if (settings.ScreenshotPath != null)
            {
                report.Screenshot = Path.GetFullPath(settings.ScreenshotPath);
                WriteAtomically(report.Screenshot, screenshot);
            }

            return report;
        }

        /// <summary>
        /// What the page shows and which bridge calls it made, after two animation frames (so what the last scripts
        /// changed is painted). A page that navigates itself meanwhile is asked again once it has loaded.
        /// </summary>
        private static async Task<(Visibility, BridgeCall[])> InspectAsync(IPage page)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await page.EvaluateExpressionAsync("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))").ConfigureAwait(false);
                    var visibility = await page.EvaluateExpressionAsync<Visibility>(ContainerEmulation.VisibilityScript).ConfigureAwait(false);
                    var calls = await page.EvaluateExpressionAsync<BridgeCall[]>("window.__offlinePackageBridgeCalls || []").ConfigureAwait(false);
                    return (visibility, calls ?? Array.Empty<BridgeCall>());
                }
                catch (EvaluationFailedException) when (attempt < 3)
                {
                    await Task.Delay(500).ConfigureAwait(false);
                }
            }
        }

        /// <summary>
        /// Blank when the screenshot is one colour (text the colour of the background shows nothing either) or the page
        /// has no visible text, media or background image (a page of empty boxes shows nothing to a user).
        /// </summary>
        internal static void Judge(RenderReport report, RenderSettings settings)
        {
            var reasons = new List<string>();
            if (report.VisibleText == 0 && report.VisibleElements == 0)
            {
                reasons.Add(Texts.Render_BlankNoContent);
            }

            if (report.ScreenshotColour != null)
            {
                reasons.Add(Texts.Render_BlankOneColour.With(report.ScreenshotColour));
            }

            report.Blank = reasons.Count > 0;
            if (report.Blank)
            {
                report.Findings.Insert(0, new RenderFinding { Kind = RenderDiagnostics.Blank, Url = report.Url, Message = string.Join("; ", reasons) });
            }

            if (!report.Settled)
            {
                report.Findings.Add(new RenderFinding { Kind = RenderDiagnostics.Unsettled, Url = report.Url, Message = settings.Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        private static async Task AnswerAsync(IRequest request, ContainerMap map, RequestLog log)
        {
            var url = request.Url;
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("blob:", StringComparison.OrdinalIgnoreCase))
            {
                await request.ContinueAsync().ConfigureAwait(false);
                return;
            }

            var file = map.Resolve(url);
            if (file == null)
            {
                log.Refused(request);
                await request.AbortAsync(RequestAbortErrorCode.InternetDisconnected).ConfigureAwait(false);
                return;
            }

            await request.RespondAsync(new ResponseData
            {
                Status = HttpStatusCode.OK,
                ContentType = file.ContentType,
                BodyData = file.Data,
                Headers = new Dictionary<string, object> { ["Cache-Control"] = "no-store", ["Access-Control-Allow-Origin"] = "*" },
            }).ConfigureAwait(false);
        }

        private static void WriteAtomically(string path, byte[] data)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            File.WriteAllBytes(temporary, data);
            File.Move(temporary, path, overwrite: true);
        }

        private static void TryDelete(string folder)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private sealed class Visibility
        {
            public int Text { get; set; }

            public int Elements { get; set; }
        }

        private sealed class BridgeCall
        {
            public string Name { get; set; } = string.Empty;

            public string Params { get; set; } = string.Empty;
        }
    }
}
