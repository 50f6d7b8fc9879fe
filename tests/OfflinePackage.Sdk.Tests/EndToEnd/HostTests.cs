using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// The JavaScript SDK (.esproj) is not served by this machine's NuGet feed, so its path is proven with a
/// stand-in: a project that sets BuildOutputFolder, as .esproj does, and writes it in a build step.
/// </summary>
public class HostTests
{
    [Test]
    public void BuildOutputFolderIsTheDefaultResourceWhenNoneIsListed()
    {
        var project = ConsumerProject.Create()
            .WithProject(
                "    <OfflinePackageId>20171228</OfflinePackageId>\n    <BuildOutputFolder>$(MSBuildProjectDirectory)/build</BuildOutputFolder>",
                string.Empty,
                extra: """
                  <Target Name="FakeJavaScriptBuild" BeforeTargets="Build">
                    <WriteLinesToFile File="build/index.html" Lines="&lt;html&gt;&lt;/html&gt;" Overwrite="true" />
                    <WriteLinesToFile File="build/static/js/main.1a2b.js" Lines="x" Overwrite="true" />
                  </Target>
                """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            ZipContents.Names(Path.Combine(project.OutputDirectory, "20171228_1.0.0.0.zip")).Where(n => !n.EndsWith('/')),
            Is.EquivalentTo(new[] { "20171228/www/index.html", "20171228/www/static/js/main.1a2b.js" }));
    }

    [Test]
    public void ListedResourcesWinOverBuildOutputFolder()
    {
        var project = ConsumerProject.Create()
            .WriteFile("build/other.html", "<html></html>")
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(
                "    <OfflinePackageId>20171228</OfflinePackageId>\n    <BuildOutputFolder>$(MSBuildProjectDirectory)/build</BuildOutputFolder>",
                """    <OfflineResource Include="dist" />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            ZipContents.Names(Path.Combine(project.OutputDirectory, "20171228_1.0.0.0.zip")).Where(n => !n.EndsWith('/')),
            Is.EqualTo(new[] { "20171228/www/index.html" }));
    }
}
