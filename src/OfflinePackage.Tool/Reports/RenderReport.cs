using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Tool.Reports
{
    /// <summary>What rendering one package's page showed. Kinds of finding: see <see cref="OfflinePackage.Rendering.RenderDiagnostics"/>.</summary>
    internal sealed class RenderReport
    {
        public string Package { get; set; } = string.Empty;

        public string Url { get; set; } = string.Empty;

        public string? Screenshot { get; set; }

        public bool Blank { get; set; }

        /// <summary>Visible characters of text the page shows.</summary>
        public int VisibleText { get; set; }

        /// <summary>Visible images, canvases, controls and boxes with a background image.</summary>
        public int VisibleElements { get; set; }

        /// <summary>The screenshot's only colour (#rrggbb), or null when it has several.</summary>
        public string? ScreenshotColour { get; set; }

        /// <summary>False when load and network quiet were not reached in time.</summary>
        public bool Settled { get; set; } = true;

        public List<RenderFinding> Findings { get; set; } = new List<RenderFinding>();

        /// <summary>AlipayJSBridge.call() names the page used, in order (answered with nothing).</summary>
        public List<string> BridgeCalls { get; set; } = new List<string>();

        public bool Clean => Findings.Count == 0;

        public IEnumerable<RenderFinding> Of(string kind) => Findings.Where(f => f.Kind == kind);
    }

    internal sealed class RenderFinding
    {
        public string Kind { get; set; } = string.Empty;

        /// <summary>The URL asked for (outside, failed), or where a message came from.</summary>
        public string? Url { get; set; }

        /// <summary>What asked for the URL: a file with its line, a script, or the page.</summary>
        public string? Initiator { get; set; }

        public string? Message { get; set; }
    }
}
