using OfflinePackage.Sdk.Tests.Infrastructure;
using OfflinePackage.Tool.Rendering;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// OfflinePackageRender=true through the packed SDK: the build runs the offlinepackage tool from the package against a
/// real Chromium (skipped with the reason when none is found, unless OFFLINEPACKAGE_REQUIRE_BROWSER=1).
/// </summary>
public class RenderTests
{
    private const string Properties = """
            <OfflinePackageId>20171228</OfflinePackageId>
            <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>
            <OfflinePackageRender>true</OfflinePackageRender>
        """;

    private const string DistItem = """    <OfflineResource Include="dist" />""";

    private static string Zip(ConsumerProject project) => Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip");

    private static string Screenshot(ConsumerProject project) => Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.png");

    private static void RequireBrowser()
    {
        if (BrowserLocator.Find(null) != null)
        {
            return;
        }

        const string reason = "No Chromium or Chrome found (OFFLINEPACKAGE_BROWSER, or chromium/google-chrome on PATH): 'apt-get install chromium' runs these tests.";
        if (Environment.GetEnvironmentVariable("OFFLINEPACKAGE_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(reason);
        }

        Assert.Ignore(reason);
    }

    [Test]
    public void ViteDefaultBaseFailsWithTheBlankPageErrorAndItsRequestsOutside()
    {
        RequireBrowser();
        var project = ConsumerProject.Create()
            .CopyFolder(ViteBuilds.RootBaseDist, "dist")
            .WithProject(Properties + "    <OfflinePackageCheckReferences>false</OfflinePackageCheckReferences>\n", DistItem);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(result.Errors.Select(e => (e.Code, e.File)), Is.EqualTo(new[] { ("OPK8001", Zip(project)) }));
        Assert.That(result.Warnings.Where(w => w.Code == "OPK8002").Select(w => w.Text).ToList(), Has.Count.EqualTo(3).And.All.Contains("/www/index.html"));
        Assert.That(File.Exists(Screenshot(project)), Is.True);
    }

    [Test]
    public void ViteRelativeBaseRendersPrintsItsScreenshotAndANoChangeBuildDoesNotRenderAgain()
    {
        RequireBrowser();
        var project = ConsumerProject.Create()
            .CopyFolder(ViteBuilds.RelativeBaseDist, "dist")
            .WithProject(Properties, DistItem);

        var first = project.Build();
        var second = project.Build();

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Output, Does.Contain("OfflinePackage -> " + Screenshot(project)));
        Assert.That(first.Errors.Concat<Microsoft.Build.Logging.StructuredLogger.AbstractDiagnostic>(first.Warnings).Where(d => d.Code.StartsWith("OPK8")), Is.Empty);
        Assert.That(first.Tasks("RenderOfflinePackage"), Has.Count.EqualTo(1));
        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.Tasks("RenderOfflinePackage"), Is.Empty, "the package did not change");
        Assert.That(second.Output, Does.Contain("OfflinePackage -> " + Screenshot(project)));
    }

    [Test]
    public void AReferencedGlobalPackageIsServedToThePage()
    {
        RequireBrowser();
        var project = ConsumerProject.Create()
            .WriteFile("Shared/shared-dist/common.js", "document.addEventListener('DOMContentLoaded', () => { document.body.textContent = 'from the global package'; });")
            .WithProject("""
                    <OfflinePackageId>77777777</OfflinePackageId>
                    <OfflinePackageAppId>53E5279071442</OfflinePackageAppId>
                    <OfflinePackageWorkspaceId>test</OfflinePackageWorkspaceId>
                """, """    <GlobalResource Include="shared-dist" />""", fileName: "Shared/Shared.csproj")
            .WriteFile("Web/dist/index.html", "<!doctype html><html><head><script src=\"https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js\"></script></head><body></body></html>")
            .WithProject(Properties, DistItem + "\n    <ProjectReference Include=\"../Shared/Shared.csproj\" />", fileName: "Web/Web.csproj");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Errors.Concat<Microsoft.Build.Logging.StructuredLogger.AbstractDiagnostic>(result.Warnings).Where(d => d.Code.StartsWith("OPK8")).Select(d => d.Code + " " + d.Text), Is.Empty, "the script came from the referenced package's zip, not the network");
        Assert.That(result.Tasks("RenderOfflinePackage"), Has.Count.EqualTo(1));
    }

    [Test]
    public void WarningsOfTheLastRenderShowAgainOnANoChangeBuild()
    {
        RequireBrowser();
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<!doctype html><body><h1>Shop</h1><script>fetch('/api/items.json').catch(() => {})</script></body>")
            .WithProject(Properties, DistItem);

        var first = project.Build();
        var second = project.Build();

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK8002" }));
        Assert.That(second.Tasks("RenderOfflinePackage"), Is.Empty);
        Assert.That(second.Warnings.Select(w => (w.Code, w.Text)), Is.EqualTo(first.Warnings.Select(w => (w.Code, w.Text))));
    }

    [Test]
    public void WithoutABrowserTheBuildFailsWithOneErrorThatSaysHowToGetOne()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<h1>Shop</h1>")
            .WithProject(Properties, DistItem);

        var result = project.Build("-p:OfflinePackageRenderBrowser=" + project.PathOf("no-such-chrome"));

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "OPK8007" }));
        Assert.That(result.Errors[0].Text, Does.Contain("apt-get install chromium"));
    }

    [Test]
    public void WithoutThePropertyNothingRenders()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<h1>Shop</h1>")
            .WithProject(Properties.Replace("<OfflinePackageRender>true</OfflinePackageRender>", string.Empty), DistItem);

        var result = project.Build("-p:OfflinePackageRenderBrowser=" + project.PathOf("no-such-chrome"));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Targets("OfflinePackageRender").Where(t => t.Succeeded && !t.Skipped), Is.Empty);
        Assert.That(File.Exists(Screenshot(project)), Is.False);
    }
}
