using OfflinePackage.Tool.Rendering;
using OfflinePackage.Tool.Reports;
using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests.Rendering;

/// <summary>
/// `offlinepackage render` against a real Chromium: a Vite app both ways, fetch() of packaged and unpackaged data, a
/// global package's URL, a page that waits for the JS bridge, and an .amr against its zip.
/// </summary>
[NonParallelizable]
public class RenderEndToEndTests
{
    private const string Id = "20171228";
    private TempFolder? _folder;

    private TempFolder Folder => _folder!;

    [SetUp]
    public void SetUp()
    {
        Chromium.Require();
        _folder = new TempFolder();
    }

    [TearDown]
    public void TearDown() => _folder?.Dispose();

    [Test]
    public void ViteDefaultBaseIsBlankWithItsThreeRequestsOutsideAndAOneColourScreenshot()
    {
        var zip = TestPackages.ZipFolder(Folder.Path, Id, ViteApp.RootBaseDist);
        var screenshot = Folder.Combine("root.png");

        var (run, report) = ToolRun.Render(zip, "--screenshot", screenshot);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(report.Blank, Is.True, run.ToString());
        var index = File.ReadAllText(Path.Combine(ViteApp.RootBaseDist, "index.html"));
        var rootAbsolute = System.Text.RegularExpressions.Regex.Matches(index, "(?:src|href)=\"(/[^\"]+)\"").Select(m => $"https://{Id}.offline-package.invalid" + m.Groups[1].Value);
        Assert.That(report.Of("outside").Select(f => f.Url), Is.EquivalentTo(rootAbsolute), "the icon, the script and the stylesheet Vite wrote root-absolute");
        Assert.That(report.Of("outside").Select(f => f.Initiator), Has.All.StartWith($"https://{Id}.offline-package.invalid/www/index.html"));
        Assert.That(PngColours.SingleColour(File.ReadAllBytes(screenshot)), Is.Not.Null, "one colour");
    }

    [Test]
    public void ViteRelativeBaseRendersWithNoFinding()
    {
        var zip = TestPackages.ZipFolder(Folder.Path, Id, ViteApp.RelativeBaseDist);
        var screenshot = Folder.Combine("relative.png");

        var (run, report) = ToolRun.Render(zip, "--screenshot", screenshot);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.VisibleText, Is.GreaterThan(0));
        Assert.That(PngColours.SingleColour(File.ReadAllBytes(screenshot)), Is.Null, "more than one colour");
    }

    private static string PageShowing(string script) =>
        $"<!doctype html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body><div id=\"out\"></div><script>{script}</script></body></html>";

    private const string ShowText = "t => document.getElementById('out').textContent = t";

    [Test]
    public void APageThatFetchesPackagedJsonRenders()
    {
        var zip = TestPackages.Zip(Folder.Path, Id, [
            ("www/index.html", PageShowing($"fetch('data/items.json').then(r => r.json()).then(d => d.title).then({ShowText})")),
            ("www/data/items.json", "{\"title\":\"Fetched from the package\"}")]);

        var (run, report) = ToolRun.Render(zip);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(report.Blank, Is.False);
        Assert.That(report.VisibleText, Is.EqualTo("Fetched from the package".Length));
    }

    [Test]
    public void APageThatFetchesUnpackagedJsonReportsIt()
    {
        var zip = TestPackages.Zip(Folder.Path, Id, [
            ("www/index.html", "<!doctype html><body><h1>Shop</h1><script>fetch('/api/items.json').catch(() => {})</script></body>")]);

        var (run, report) = ToolRun.Render(zip);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(report.Blank, Is.False, "the heading shows");
        Assert.That(report.Of("outside").Select(f => f.Url), Is.EqualTo(new[] { $"https://{Id}.offline-package.invalid/api/items.json" }));
        Assert.That(report.Of("outside").Single().Initiator, Does.StartWith($"https://{Id}.offline-package.invalid/www/index.html:"));
    }

    private const string GlobalUrl = "https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js";

    private string PageUsingGlobalScript() =>
        TestPackages.Zip(Folder.Path, Id, [("www/index.html", $"<!doctype html><body><div id=\"out\"></div><script src=\"{GlobalUrl}\"></script></body>")]);

    [Test]
    public void APageUsingAGlobalPackageUrlRendersWhenTheGlobalPackageIsGiven()
    {
        var page = PageUsingGlobalScript();
        var global = TestPackages.Zip(Folder.Path, "77777777", [("mcube-prod.mpaascloud.com/53E5279071442_test/common.js", "document.getElementById('out').textContent = 'From the global package';")]);

        var (run, report) = ToolRun.Render(page, "--global", global);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(report.VisibleText, Is.EqualTo("From the global package".Length));
    }

    [Test]
    public void APageUsingAGlobalPackageUrlReportsItWithoutTheGlobalPackage()
    {
        var (run, report) = ToolRun.Render(PageUsingGlobalScript());

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(report.Blank, Is.True);
        Assert.That(report.Of("outside").Select(f => f.Url), Is.EqualTo(new[] { GlobalUrl }));
    }

    [Test]
    public void APageThatWaitsForTheBridgeRendersAndItsCallsAreRecorded()
    {
        var zip = TestPackages.Zip(Folder.Path, Id, [
            ("www/index.html", PageShowing($"document.addEventListener('AlipayJSBridgeReady', () => {{ AlipayJSBridge.call('setTitle', {{ title: 'Shop' }}); ({ShowText})('Bridge ready'); }});"))]);

        var (run, report) = ToolRun.Render(zip);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(report.VisibleText, Is.EqualTo("Bridge ready".Length));
        Assert.That(report.BridgeCalls, Is.EqualTo(new[] { "setTitle" }));
    }

    [Test]
    public void ConsoleErrorsAndUncaughtExceptionsAreReported()
    {
        var zip = TestPackages.Zip(Folder.Path, Id, [
            ("www/index.html", "<!doctype html><body><h1>Shop</h1><script>console.error('profile missing'); undefined.map(x => x);</script></body>")]);

        var (_, report) = ToolRun.Render(zip);

        Assert.That(report.Of("console").Select(f => f.Message), Is.EqualTo(new[] { "profile missing" }));
        Assert.That(report.Of("exception").Single().Message, Does.Contain("map"));
    }

    [Test]
    public void AnAmrRendersLikeItsZip()
    {
        (string, string)[] files = [
            ("www/index.html", PageShowing($"fetch('data.json').then(r => r.json()).then(d => d.t).then({ShowText}); fetch('missing.json').catch(() => {{}})")),
            ("www/data.json", "{\"t\":\"Same page\"}")];
        var zip = TestPackages.Zip(Folder.Path, Id, files);
        var amrFolder = Directory.CreateDirectory(Folder.Combine("amr")).FullName;
        var amr = TestPackages.Amr(amrFolder, Id, files);

        var (zipRun, fromZip) = ToolRun.Render(zip);
        var (amrRun, fromAmr) = ToolRun.Render(amr);

        Assert.That(amrRun.ExitCode, Is.EqualTo(zipRun.ExitCode));
        Assert.That(fromAmr.VisibleText, Is.EqualTo("Same page".Length));
        Assert.That(fromAmr.Findings.Select(f => (f.Kind, f.Url)), Is.EqualTo(fromZip.Findings.Select(f => (f.Kind, f.Url))));
        Assert.That(fromAmr.Of("outside").Select(f => f.Url), Is.EqualTo(new[] { $"https://{Id}.offline-package.invalid/www/missing.json" }));
    }

    [Test]
    public void AMissingMainEntryIsABlankPageAndARequestOutsideNotACrash()
    {
        var zip = TestPackages.Zip(Folder.Path, Id, [("www/other.html", "<h1>Not the entry</h1>")]);

        var (run, report) = ToolRun.Render(zip);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(report.Blank, Is.True);
        Assert.That(report.Of("outside").Select(f => f.Url), Is.EqualTo(new[] { $"https://{Id}.offline-package.invalid/www/index.html" }));
    }

    [Test]
    public void TheTextReportWordsFindingsAsTheBuildDoes()
    {
        var zip = TestPackages.ZipFolder(Folder.Path, Id, ViteApp.RootBaseDist);

        var run = ToolRun.Of("render", zip);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain(zip + ": error OPK8001: "));
        Assert.That(run.Output.Split('\n').Count(l => l.StartsWith(zip + ": warning OPK8002: ")), Is.EqualTo(3));
    }
}
