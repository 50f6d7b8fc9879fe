using System;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>How to render a page: how long to wait for the page to settle, where the screenshot goes.</summary>
    internal sealed record RenderSettings(TimeSpan Timeout, string? ScreenshotPath);
}
