using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests.Rendering;

/// <summary>What `offlinepackage render` does when it cannot run (no browser needed for these).</summary>
public class RenderCommandTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void WithoutABrowserItExitsTwoAndSaysWhatToInstall()
    {
        var zip = TestPackages.Zip(_folder.Path, "20171228", [("www/index.html", "x")]);

        var text = ToolRun.Of("render", zip, "--browser", _folder.Combine("no-such-chrome"));
        var json = ToolRun.Of("render", zip, "--json", "--browser", _folder.Combine("no-such-chrome"));

        Assert.That(text.ExitCode, Is.EqualTo(2));
        Assert.That(text.Error, Does.Contain("apt-get install chromium"));
        Assert.That(json.ExitCode, Is.EqualTo(2));
        Assert.That(json.Output, Does.Contain("\"kind\": \"browser\""));
    }

    [Test]
    public void AnUnreadablePackageExitsTwo()
    {
        var bad = _folder.Combine("20171228_1.0.0.0.zip");
        File.WriteAllText(bad, "not a zip");

        var run = ToolRun.Of("render", bad, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("\"kind\": \"package\""));
        Assert.That(run.Error, Does.Contain("cannot be read"));
    }

    [Test]
    public void AGlobalPackageHasNoPageToRender()
    {
        var global = TestPackages.Zip(_folder.Path, "77777777", [("mcube-prod.mpaascloud.com/53E5279071442_test/common.js", "x")]);

        var run = ToolRun.Of("render", global);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("global package"));
    }

    [TestCase(new[] { "render" }, "name exactly one package")]
    [TestCase(new[] { "render", "a.zip", "--colour" }, "unknown option '--colour'")]
    [TestCase(new[] { "render", "a.zip", "--timeout", "soon" }, "'soon' is not a valid value for --timeout")]
    [TestCase(new[] { "render", "a.zip", "--screenshot" }, "option '--screenshot' needs a value")]
    [TestCase(new[] { "draw" }, "unknown verb 'draw'")]
    public void UsageErrorsExitTwo(string[] args, string message)
    {
        var run = ToolRun.Of(args);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public void HelpNamesTheVerbsAndWhatServeCannotEmulate()
    {
        Assert.That(ToolRun.Of("--help").Output, Does.Contain("render").And.Contain("serve").And.Contain("verify"));
        Assert.That(ToolRun.Of("serve", "--help").Output, Does.Contain("cannot emulate: absolute URLs of other hosts"));
    }
}
