using System.Text.Json;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>Global resource packages: the documented folder tree for public and private cloud, and the URL list.</summary>
public class GlobalPackageTests
{
    private const string Identity = """
            <OfflinePackageId>77777777</OfflinePackageId>
            <OfflinePackageAppId>53E5279071442</OfflinePackageAppId>
            <OfflinePackageWorkspaceId>test</OfflinePackageWorkspaceId>
        """;

    private const string Items = """    <GlobalResource Include="shared-dist" />""";

    private static ConsumerProject Project(string extraProperties, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        ConsumerProject.Create(name)
            .WriteFile("shared-dist/common.js", "var common = 1;")
            .WriteFile("shared-dist/fonts/icons.woff2", "woff2")
            .WithProject(Identity + extraProperties, Items);

    private static IReadOnlyList<string> Entries(ConsumerProject project) =>
        ZipContents.Names(Path.Combine(project.OutputDirectory, "77777777_1.0.0.0.zip"));

    private static JsonElement UrlList(ConsumerProject project) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(project.OutputDirectory, "77777777_1.0.0.0.urls.json"))).RootElement;

    [Test]
    public void PublicCloudTreeIsIdDomainAppWorkspace()
    {
        var project = Project(string.Empty);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Entries(project), Is.EqualTo(new[]
        {
            "77777777/",
            "77777777/mcube-prod.mpaascloud.com/",
            "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/",
            "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/common.js",
            "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/fonts/",
            "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/fonts/icons.woff2",
        }));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void SignedGlobalPackageH5JsonHasNoMainEntryAsTheConsoleWrites()
    {
        var project = Project("    <OfflinePackageVirtualDomain>h5app.com</OfflinePackageVirtualDomain>\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>");
        var key = ProcessRunner.Run("openssl", ["genrsa", "-out", "key.pem", "2048"], project.Directory);
        Assert.That(key.ExitCode, Is.Zero, key.ToString());

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(project.OutputDirectory, "h5_json.json"))).RootElement.GetProperty("data")[0];
        // Alibaba's demo h5_json.json gives its global package 77777777 the main_url "index.htm" (no main entry set).
        Assert.That(entry.GetProperty("main_url").GetString(), Is.EqualTo("index.htm"));
        Assert.That(File.Exists(Path.Combine(project.OutputDirectory, "77777777_1.0.0.0.amr")), Is.True);
    }

    [Test]
    public void UrlListNamesEveryResourcesPublicUrl()
    {
        var project = Project(string.Empty);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var list = UrlList(project);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.GetProperty("packageId").GetString(), Is.EqualTo("77777777"));
            Assert.That(list.GetProperty("baseUrl").GetString(), Is.EqualTo("https://mcube-prod.mpaascloud.com/53E5279071442_test/"));
            Assert.That(
                list.GetProperty("resources").EnumerateArray().Select(r => (r.GetProperty("path").GetString(), r.GetProperty("url").GetString())),
                Is.EqualTo(new[]
                {
                    ("common.js", "https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js"),
                    ("fonts/icons.woff2", "https://mcube-prod.mpaascloud.com/53E5279071442_test/fonts/icons.woff2"),
                }));
            Assert.That(result.Output.Split('\n').Count(l => l.Contains("urls.json")), Is.Zero, "nothing extra is printed at normal verbosity");
        }
    }

    [Test]
    public void GlobalVersionAddsAFolderAfterTheAppFolder()
    {
        var project = Project("    <OfflinePackageGlobalVersion>v2</OfflinePackageGlobalVersion>");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Entries(project), Does.Contain("77777777/mcube-prod.mpaascloud.com/53E5279071442_test/v2/common.js"));
        Assert.That(UrlList(project).GetProperty("baseUrl").GetString(), Is.EqualTo("https://mcube-prod.mpaascloud.com/53E5279071442_test/v2/"));
    }

    [Test]
    public void PrivateCloudTreeHasTheMdswebDomainAndMcube()
    {
        var project = Project("""
                <OfflinePackageCloud>Private</OfflinePackageCloud>
                <OfflinePackageServerDomain>mdsweb-outer.alipay.net</OfflinePackageServerDomain>
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Entries(project).Where(e => !e.EndsWith('/')), Is.EqualTo(new[]
        {
            "77777777/mdsweb-outer.alipay.net/mcube/53E5279071442_test/common.js",
            "77777777/mdsweb-outer.alipay.net/mcube/53E5279071442_test/fonts/icons.woff2",
        }));
        Assert.That(UrlList(project).GetProperty("baseUrl").GetString(), Is.EqualTo("https://mdsweb-outer.alipay.net/mcube/53E5279071442_test/"));
    }

    [Test]
    public void PrivateCloudWithStorageBucketPutsTheBucketBeforeTheAppFolder()
    {
        var project = Project("""
                <OfflinePackageCloud>Private</OfflinePackageCloud>
                <OfflinePackageServerDomain>mdsweb-outer.alipay.net</OfflinePackageServerDomain>
                <OfflinePackageStorageBucket>mpaas-bucket</OfflinePackageStorageBucket>
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Entries(project), Does.Contain("77777777/mdsweb-outer.alipay.net/mcube/mpaas-bucket/53E5279071442_test/common.js"));
    }

    [Test]
    public void GlobalPathOverridesTheComputedFolders()
    {
        var project = Project("""
                <OfflinePackageCloud>Private</OfflinePackageCloud>
                <OfflinePackageServerDomain>mdsweb-outer.alipay.net</OfflinePackageServerDomain>
                <OfflinePackageGlobalPath>mdsweb-outer.alipay.net/mpaas-bucket/mcube/53E5279071442_test</OfflinePackageGlobalPath>
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Entries(project), Does.Contain("77777777/mdsweb-outer.alipay.net/mpaas-bucket/mcube/53E5279071442_test/common.js"));
        Assert.That(result.Warnings, Is.Empty, "the override keeps the domain, mcube and the app folder");
    }

    [Test]
    public void NormalPackageWritesNoUrlList()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>", """    <OfflineResource Include="dist" />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Directory.EnumerateFiles(project.OutputDirectory, "*.urls.json"), Is.Empty);
    }
}
