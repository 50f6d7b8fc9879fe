namespace OfflinePackage.Diagnostics
{
    // 8xxx: render: what the page does when it runs in headless Chromium as the container serves it.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor RenderBlank =
            Define(nameof(Texts.OPK8001), Severity.Error, "The rendered page shows nothing");

        public static readonly DiagnosticDescriptor RenderRequestOutside =
            Define(nameof(Texts.OPK8002), Severity.Warning, "The rendered page asked for a URL the package does not hold");

        public static readonly DiagnosticDescriptor RenderLoadFailed =
            Define(nameof(Texts.OPK8003), Severity.Warning, "A load of the rendered page failed");

        public static readonly DiagnosticDescriptor RenderConsoleError =
            Define(nameof(Texts.OPK8004), Severity.Warning, "The rendered page logged an error");

        public static readonly DiagnosticDescriptor RenderUncaughtException =
            Define(nameof(Texts.OPK8005), Severity.Warning, "The rendered page threw an uncaught exception");

        public static readonly DiagnosticDescriptor RenderNotSettled =
            Define(nameof(Texts.OPK8006), Severity.Warning, "The rendered page did not finish loading in time");

        public static readonly DiagnosticDescriptor RenderNoBrowser =
            Define(nameof(Texts.OPK8007), Severity.Error, "Rendering needs Chromium or Chrome and none was found");

        public static readonly DiagnosticDescriptor RenderCannotRun =
            Define(nameof(Texts.OPK8008), Severity.Error, "The package could not be rendered");
    }
}
