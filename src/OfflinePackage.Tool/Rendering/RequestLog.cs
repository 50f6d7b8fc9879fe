using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Rendering;
using OfflinePackage.Tool.Reports;
using PuppeteerSharp;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>What the page did while it loaded, recorded from the browser's events (which arrive on several threads).</summary>
    internal sealed class RequestLog
    {
        private readonly object _gate = new object();
        private readonly List<RenderFinding> _findings = new List<RenderFinding>();
        private readonly HashSet<string> _refused = new HashSet<string>(StringComparer.Ordinal);

        public void Refused(IRequest request)
        {
            lock (_gate)
            {
                // Once per URL: a page asking twice has one problem.
                if (_refused.Add(request.Url) && !IsFaviconProbe(request))
                {
                    _findings.Add(new RenderFinding { Kind = RenderDiagnostics.Outside, Url = request.Url, Initiator = InitiatorOf(request) });
                }
            }
        }

        public void Failed(IRequest request)
        {
            lock (_gate)
            {
                if (!_refused.Contains(request.Url))
                {
                    _findings.Add(new RenderFinding { Kind = RenderDiagnostics.Failed, Url = request.Url, Message = request.FailureText });
                }
            }
        }

        public void Console(ConsoleMessage message)
        {
            if (message.Type != ConsoleType.Error)
            {
                return;
            }

            lock (_gate)
            {
                // Chromium logs "Failed to load resource" for each refused or failed request: already reported.
                var at = message.Location?.URL;
                if (at != null && (_refused.Contains(at) || _findings.Any(f => f.Kind == RenderDiagnostics.Failed && f.Url == at)))
                {
                    return;
                }

                _findings.Add(new RenderFinding { Kind = RenderDiagnostics.Console, Url = at, Message = message.Text });
            }
        }

        public void Exception(string message)
        {
            lock (_gate)
            {
                _findings.Add(new RenderFinding { Kind = RenderDiagnostics.Exception, Message = message });
            }
        }

        public List<RenderFinding> Findings()
        {
            lock (_gate)
            {
                return _findings.ToList();
            }
        }

        /// <summary>
        /// Chromium asks for /favicon.ico by itself when a page names no icon; a WebView never does, so it is not the
        /// page's request. An icon the page names is reported like any other URL.
        /// </summary>
        private static bool IsFaviconProbe(IRequest request) =>
            Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/favicon.ico" && string.IsNullOrEmpty(request.Initiator?.Url)
            && (request.Initiator?.Stack?.CallFrames == null || request.Initiator.Stack.CallFrames.Length == 0);

        /// <summary>What asked: the file and line of the parser or script, else the frame's document.</summary>
        private static string? InitiatorOf(IRequest request)
        {
            if (request.IsNavigationRequest && request.Frame?.ParentFrame == null)
            {
                return Texts.Render_Navigation;
            }

            var initiator = request.Initiator;
            var frame = initiator?.Stack?.CallFrames?.FirstOrDefault(f => !string.IsNullOrEmpty(f.Url));
            if (frame != null)
            {
                return frame.Url + ":" + (frame.LineNumber + 1);
            }

            if (!string.IsNullOrEmpty(initiator?.Url))
            {
                return initiator!.Url + (initiator.LineNumber.HasValue ? ":" + (initiator.LineNumber.Value + 1) : string.Empty);
            }

            return request.Frame?.Url;
        }
    }
}
