using OfflinePackage.Tool.Rendering;

namespace OfflinePackage.Tool.Tests.Support;

/// <summary>
/// The browser the end-to-end tests render with. Without one the test is skipped with the reason, so a bare machine
/// passes; OFFLINEPACKAGE_REQUIRE_BROWSER=1 (set by .ci/run) makes a missing browser a failure instead.
/// </summary>
internal static class Chromium
{
    public const string RequireVariable = "OFFLINEPACKAGE_REQUIRE_BROWSER";

    public static string Require()
    {
        var browser = BrowserLocator.Find(null);
        if (browser != null)
        {
            return browser;
        }

        const string reason = "No Chromium or Chrome found (OFFLINEPACKAGE_BROWSER, or chromium/google-chrome on PATH): 'apt-get install chromium' runs these tests.";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail(reason + " " + RequireVariable + "=1 requires them.");
        }

        Assert.Ignore(reason);
        return string.Empty;
    }
}
