using OfflinePackage.Diagnostics;

namespace OfflinePackage.Rendering
{
    /// <summary>
    /// A finding of `offlinepackage render` as its OPK8 diagnostic; the tool's text report and the build's
    /// RenderOfflinePackage task word findings through this one mapping.
    /// </summary>
    public static class RenderDiagnostics
    {
        public const string Blank = "blank";
        public const string Outside = "outside";
        public const string Failed = "failed";
        public const string Console = "console";
        public const string Exception = "exception";
        public const string Unsettled = "unsettled";

        /// <summary>The diagnostic for a finding of <paramref name="kind"/>, or null for a kind this version does not know.</summary>
        public static Diagnostic? For(string kind, string? url, string? initiator, string? message, string pageUrl, Subject location)
        {
            switch (kind)
            {
                case Blank:
                    return new Diagnostic(DiagnosticCatalog.RenderBlank, location, pageUrl, message ?? string.Empty);
                case Outside:
                    return new Diagnostic(DiagnosticCatalog.RenderRequestOutside, location, initiator ?? pageUrl, url ?? string.Empty);
                case Failed:
                    return new Diagnostic(DiagnosticCatalog.RenderLoadFailed, location, url ?? string.Empty, message ?? string.Empty);
                case Console:
                    return new Diagnostic(DiagnosticCatalog.RenderConsoleError, location, message ?? string.Empty);
                case Exception:
                    return new Diagnostic(DiagnosticCatalog.RenderUncaughtException, location, message ?? string.Empty);
                case Unsettled:
                    return new Diagnostic(DiagnosticCatalog.RenderNotSettled, location, pageUrl, message ?? string.Empty);
                default:
                    return null;
            }
        }
    }
}
