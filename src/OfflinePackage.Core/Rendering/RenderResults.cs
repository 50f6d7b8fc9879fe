using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

namespace OfflinePackage.Rendering
{
    /// <summary>
    /// Reads what `offlinepackage render --json` printed: { "pages": [ { "url", "screenshot", "findings": [ { "kind",
    /// "url", "initiator", "message" } ] } ] }, or { "cannotRun": { "kind", "message" } } when it could not run.
    /// </summary>
    public sealed class RenderResults
    {
        private RenderResults(IReadOnlyList<JsonItem> pages, string? cannotRunKind, string? cannotRunMessage)
        {
            Pages = pages;
            CannotRunKind = cannotRunKind;
            CannotRunMessage = cannotRunMessage;
        }

        public IReadOnlyList<JsonItem> Pages { get; }

        /// <summary>"browser" (none found), "package" or "render", when the tool could not run; else null.</summary>
        public string? CannotRunKind { get; }

        public string? CannotRunMessage { get; }

        /// <summary>The results, or null when <paramref name="json"/> is not the tool's output.</summary>
        public static RenderResults? Parse(string json)
        {
            var parsed = JsonText.Parse(json);
            var root = parsed.Value;
            if (!parsed.Success || root == null || root.Kind != JsonItemKind.Object)
            {
                return null;
            }

            var cannotRun = root["cannotRun"];
            if (cannotRun != null && cannotRun.Kind == JsonItemKind.Object)
            {
                return new RenderResults(new JsonItem[0], Text(cannotRun["kind"]) ?? string.Empty, Text(cannotRun["message"]) ?? string.Empty);
            }

            var pages = root["pages"];
            return pages != null && pages.Kind == JsonItemKind.Array ? new RenderResults(pages.Items, null, null) : null;
        }

        /// <summary>Every finding of every page as its OPK8 diagnostic, at <paramref name="location"/>.</summary>
        public IEnumerable<Diagnostic> Diagnostics(Subject location) =>
            from page in Pages
            let findings = page["findings"]
            where findings != null && findings.Kind == JsonItemKind.Array
            from finding in findings.Items
            let diagnostic = RenderDiagnostics.For(
                Text(finding["kind"]) ?? string.Empty,
                Text(finding["url"]),
                Text(finding["initiator"]),
                Text(finding["message"]),
                Text(page["url"]) ?? string.Empty,
                location)
            where diagnostic != null
            select diagnostic;

        public IEnumerable<string> Screenshots => Pages.Select(p => Text(p["screenshot"])).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);

        private static string? Text(JsonItem? item) => item != null && item.Kind == JsonItemKind.String ? item.Text : null;
    }
}
