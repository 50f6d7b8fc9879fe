using System.IO.Compression;
using System.Text.Json;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>The repository's samples, copied and built through the test feed, as the quick start builds them.</summary>
public class SampleTests
{
    private const string Assets = "PresetApp/android/app/src/main/assets";

    /// <summary>The preset sample and the two packages it bundles, copied into a consumer folder.</summary>
    private static ConsumerProject PresetAppSample([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var project = ConsumerProject.Create(name);
        var samples = Path.Combine(RepoPaths.Root, "samples");
        foreach (var folder in new[] { "keys", "HelloOffline/frontend/dist", "HelpCenter/site", Assets + "/config" })
        {
            project.CopyFolder(Path.Combine(samples, folder), folder);
        }

        // The samples pin the released SDK version; the test feed serves this run's pack instead (global.json).
        foreach (var file in new[] { "Directory.Build.props", "HelloOffline/HelloOffline.csproj", "HelpCenter/HelpCenter.csproj", "PresetApp/PresetApp.csproj" })
        {
            project.WriteFile(file, File.ReadAllText(Path.Combine(samples, file)).Replace("<Sdk Name=\"OfflinePackage.Sdk\" Version=\"1.0.0\" />", "<Sdk Name=\"OfflinePackage.Sdk\" />"));
        }

        return project.UseProject("PresetApp/PresetApp.csproj");
    }

    private static IEnumerable<string?> AssetFiles(ConsumerProject project) =>
        Directory.EnumerateFiles(project.PathOf(Assets)).Select(Path.GetFileName);

    [Test]
    public void PresetAppSampleWritesAnAssetsFolderThatOpenSslVerifies()
    {
        var project = PresetAppSample();

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var assets = project.PathOf(Assets);
        Assert.That(AssetFiles(project), Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "20180101_1.2.0.0.amr", "h5_json.json" }));
        foreach (var amr in Directory.EnumerateFiles(assets, "*.amr"))
        {
            OpenSslAmr.AssertSignaturesVerify(amr, project.PathOf("keys/sample-public-key.pem"), project.PathOf(Path.Combine("unpacked", Path.GetFileName(amr))));
        }

        using var h5Json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(assets, "h5_json.json")));
        Assert.That(
            h5Json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("app_id").GetString() + "_" + e.GetProperty("version").GetString() + ".amr"),
            Is.EquivalentTo(Directory.EnumerateFiles(assets, "*.amr").Select(Path.GetFileName)));
    }

    /// <summary>
    /// Static graph builds schedule the targets a bundle calls on its references up front, so the bundle declares
    /// them (ProjectReferenceTargets); -isolate rejects any undeclared call (MSB4252). NuGet's restore is not
    /// isolation-safe for any project with references, so restore runs first, as in any -isolate build.
    /// </summary>
    [TestCase(false)]
    [TestCase(true)]
    public void PresetAppSampleBuildsAsAStaticGraph(bool isolate)
    {
        var project = PresetAppSample(isolate ? "GraphIsolate" : "Graph");
        string[] arguments = ["-graph"];
        if (isolate)
        {
            var restore = project.Run("restore");
            Assert.That(restore.ExitCode, Is.Zero, restore.ToString());
            arguments = ["-graph", "-isolate", "--no-restore"];
        }

        var result = project.Build(arguments);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.ErrorCodes, Is.Empty);
        Assert.That(AssetFiles(project), Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "20180101_1.2.0.0.amr", "h5_json.json" }));
    }
}
