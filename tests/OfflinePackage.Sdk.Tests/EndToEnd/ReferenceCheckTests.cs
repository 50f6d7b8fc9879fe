using Microsoft.Build.Logging.StructuredLogger;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// The reference check through the packed SDK: a real Vite app built with npm, with Vite's default base '/' (a white
/// page in the container) and with './'; global package URLs known through a ProjectReference.
/// </summary>
public class ReferenceCheckTests
{
    private const string Properties = """
            <OfflinePackageId>20171228</OfflinePackageId>
            <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>
        """;

    private const string DistItem = """    <OfflineResource Include="dist" />""";

    private static string Zip(ConsumerProject project) => Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip");

    [TestCase(false)]
    [TestCase(true)]
    public void ViteDefaultBaseFailsWithOpk7002AtEachRootAbsoluteAsset(bool taskHost)
    {
        var project = ConsumerProject.Create(nameof(ViteDefaultBaseFailsWithOpk7002AtEachRootAbsoluteAsset) + taskHost)
            .CopyFolder(ViteBuilds.RootBaseDist, "dist")
            .WithProject(Properties, DistItem);

        var result = project.Build(taskHost ? ["-p:OfflinePackageUseTaskHost=true"] : []);

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var index = project.PathOf("dist/index.html");
        var lines = File.ReadAllLines(index);
        // Where each root-absolute URL stands in the built index.html, found in the file itself.
        var expected = lines.SelectMany((line, i) => RootAbsoluteValues(line).Select(v => (index, i + 1, line.IndexOf(v, StringComparison.Ordinal) + 1))).ToList();
        Assert.That(expected, Has.Count.EqualTo(3), "Vite writes the icon, the script and the stylesheet root-absolute");
        var errors = result.Errors.Where(e => e.Code == "OPK7002" && e.File == index).Select(e => (e.File, e.LineNumber, e.ColumnNumber)).ToList();
        Assert.That(errors, Is.EquivalentTo(expected));
        Assert.That(result.Errors.Where(e => e.Code == "OPK7002" && e.File.EndsWith(".css")).ToList(), Has.Count.EqualTo(1), "the stylesheet's url(/assets/...)");
        Assert.That(result.Warnings.Select(w => w.Code), Has.Some.EqualTo("OPK7008"), "the script's \"/icons.svg\"");
        Assert.That(File.Exists(Zip(project)), Is.False, "no zip from a build that failed");
        Assert.That(result.Tasks("CheckOfflinePackageReferences"), Has.Count.EqualTo(1));
    }

    private static IEnumerable<string> RootAbsoluteValues(string line) =>
        new[] { "href=\"/", "src=\"/" }.Where(a => line.Contains(a, StringComparison.Ordinal))
            .Select(a => line.Substring(line.IndexOf(a, StringComparison.Ordinal) + a.Length - 1).Split('"')[0]);

    [Test]
    public void ViteRelativeBaseBuildsWithNoReferenceDiagnostic()
    {
        var project = ConsumerProject.Create()
            .CopyFolder(ViteBuilds.RelativeBaseDist, "dist")
            .WithProject(Properties, DistItem);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Errors.Concat<AbstractDiagnostic>(result.Warnings).Where(d => d.Code.StartsWith("OPK7")), Is.Empty);
        Assert.That(ZipContents.Names(Zip(project)), Has.Some.Match(@"^20171228/www/assets/index-.+\.js$"));
        Assert.That(result.Tasks("CheckOfflinePackageReferences"), Has.Count.EqualTo(1), "the check ran and found nothing");
    }

    [Test]
    public void NetworkWarningShowsOnEveryBuildAndAListedHostSilencesIt()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html><head><script src=\"https://cdn.example.com/vue.js\"></script></head><body>x</body></html>")
            .WithProject(Properties, DistItem);

        var first = project.Build();
        var second = project.Build();
        project.WithProject(Properties, DistItem + "\n    <OfflinePackageNetworkHost Include=\"cdn.example.com\" />");
        var listed = project.Build();

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Warnings.Select(w => (w.Code, w.LineNumber)), Is.EqualTo(new[] { ("OPK7007", 1) }));
        Assert.That(second.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK7007" }), "a no-op build still shows it");
        Assert.That(listed.Warnings, Is.Empty, listed.ToString());
    }

    [Test]
    public void CheckReferencesFalseTurnsTheCheckOff()
    {
        var project = ConsumerProject.Create()
            .CopyFolder(ViteBuilds.RootBaseDist, "dist")
            .WithProject(Properties + "    <OfflinePackageCheckReferences>false</OfflinePackageCheckReferences>", DistItem);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Tasks("CheckOfflinePackageReferences"), Is.Empty);
    }

    private const string GlobalIdentity = """
            <OfflinePackageId>77777777</OfflinePackageId>
            <OfflinePackageAppId>53E5279071442</OfflinePackageAppId>
            <OfflinePackageWorkspaceId>test</OfflinePackageWorkspaceId>
        """;

    private static ConsumerProject WithGlobalAndNormalProjects(string script, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        ConsumerProject.Create(name)
            .WriteFile("Shared/shared-dist/common.js", "var common = 1;")
            .WithProject(GlobalIdentity, """    <GlobalResource Include="shared-dist" />""", fileName: "Shared/Shared.csproj")
            .WriteFile("Web/dist/index.html", $"<html><head><script src=\"{script}\"></script></head><body>x</body></html>")
            .WithProject(Properties, DistItem + "\n    <ProjectReference Include=\"../Shared/Shared.csproj\" />", fileName: "Web/Web.csproj");

    /// <summary>Also as a static graph: the target asked of references is declared (NuGet's restore is not isolation-safe, so it runs first).</summary>
    [TestCase]
    [TestCase("-graph")]
    [TestCase("-graph", "-isolate", "--no-restore")]
    public void AUrlOfAReferencedGlobalPackageBuildsClean(params string[] graph)
    {
        var project = WithGlobalAndNormalProjects("https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js", nameof(AUrlOfAReferencedGlobalPackageBuildsClean) + graph.Length);
        if (graph.Contains("--no-restore"))
        {
            var restore = project.Run("restore");
            Assert.That(restore.ExitCode, Is.Zero, restore.ToString());
        }

        var result = project.Build(graph);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => w.Code), Is.Empty);
        Assert.That(result.Tasks("WriteOfflinePackageZip"), Has.Count.EqualTo(2), "each package zipped once: asking for the URLs builds nothing again");
    }

    [Test]
    public void AUrlTheReferencedGlobalPackageLacksIsOpk7005()
    {
        var project = WithGlobalAndNormalProjects("https://mcube-prod.mpaascloud.com/53E5279071442_test/missing.js");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Not.Zero);
        var error = result.Errors.Single();
        Assert.That((error.Code, error.File, error.LineNumber), Is.EqualTo(("OPK7005", project.PathOf("Web/dist/index.html"), 1)));
    }

    [Test]
    public void AGlobalUrlWithNoGlobalPackageKnownIsOneWarning()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html><head><script src=\"https://mcube-prod.mpaascloud.com/53E5279071442_test/a.js\"></script>"
                + "<script src=\"https://mcube-prod.mpaascloud.com/53E5279071442_test/b.js\"></script></head><body>x</body></html>")
            .WithProject(Properties, DistItem);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK7006" }));
    }
}
