using System.IO.Compression;
using System.Text.Json;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>The repository's samples, copied and built through the test feed, as the quick start builds them.</summary>
public class SampleTests
{
    [Test]
    public void PresetAppSampleWritesAnAssetsFolderThatOpenSslVerifies()
    {
        var project = ConsumerProject.Create();
        var samples = Path.Combine(RepoPaths.Root, "samples");
        foreach (var folder in new[] { "keys", "HelloOffline/frontend/dist", "HelpCenter/site", "PresetApp/android/app/src/main/assets/config" })
        {
            project.CopyFolder(Path.Combine(samples, folder), folder);
        }

        // The samples pin the released SDK version; the test feed serves this run's pack instead (global.json).
        foreach (var file in new[] { "Directory.Build.props", "HelloOffline/HelloOffline.csproj", "HelpCenter/HelpCenter.csproj", "PresetApp/PresetApp.csproj" })
        {
            project.WriteFile(file, File.ReadAllText(Path.Combine(samples, file)).Replace("<Sdk Name=\"OfflinePackage.Sdk\" Version=\"1.0.0\" />", "<Sdk Name=\"OfflinePackage.Sdk\" />"));
        }

        var result = project.UseProject("PresetApp/PresetApp.csproj").Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var assets = project.PathOf("PresetApp/android/app/src/main/assets");
        Assert.That(
            Directory.EnumerateFiles(assets).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "20180101_1.2.0.0.amr", "h5_json.json" }));
        foreach (var amr in Directory.EnumerateFiles(assets, "*.amr"))
        {
            OpenSslAmr.AssertSignaturesVerify(amr, project.PathOf("keys/sample-public-key.pem"), project.PathOf(Path.Combine("unpacked", Path.GetFileName(amr))));
        }

        using var h5Json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(assets, "h5_json.json")));
        Assert.That(
            h5Json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("app_id").GetString() + "_" + e.GetProperty("version").GetString() + ".amr"),
            Is.EquivalentTo(Directory.EnumerateFiles(assets, "*.amr").Select(Path.GetFileName)));
    }
}
