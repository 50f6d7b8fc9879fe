using Microsoft.Build.Evaluation;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.Evaluation;

/// <summary>Evaluates projects in-process (MSBuild of the installed .NET SDK, through Microsoft.Build.Locator) against sdk/Sdk.</summary>
// One evaluation at a time (beside the other fixtures' child processes): in-process MSBuild keeps process-wide state.
[Parallelizable(ParallelScope.Self)]
public class PropertyDefaultsTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _directory = Path.Combine(SdkPackage.RunDirectory, "evaluation", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.targets"), "<Project />");
    }

    [Test]
    public void DefaultsAreTheDocumentedOnes()
    {
        var project = Evaluate("<OfflinePackageId>20171228</OfflinePackageId>");

        var outDir = project.GetPropertyValue("OutDir");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outDir.Replace('\\', '/'), Is.EqualTo("bin/Debug/net10.0/"));
            Assert.That(project.GetPropertyValue("UsingOfflinePackageSdk"), Is.EqualTo("true"));
            Assert.That(project.GetPropertyValue("EnableOfflinePackage"), Is.EqualTo("true"));
            Assert.That(project.GetPropertyValue("OfflinePackageVersion"), Is.EqualTo("1.0.0.0"));
            Assert.That(project.GetPropertyValue("OfflinePackageMainUrl"), Is.EqualTo("/www/index.html"));
            Assert.That(project.GetPropertyValue("OfflinePackageZipPath"), Is.EqualTo(outDir + "20171228_1.0.0.0.zip"));
            Assert.That(project.GetPropertyValue("OfflinePackageBuildAfterTargets"), Is.EqualTo("Build"));
            Assert.That(project.GetPropertyValue("OfflinePackageSourceDateEpoch"), Is.Empty);
            Assert.That(project.GetPropertyValue("OfflinePackageCheckReferences"), Is.EqualTo("true"));
            Assert.That(
                project.GetPropertyValue("OfflinePackageTasksAssembly"),
                Is.EqualTo(Path.GetFullPath(Path.Combine(RepoPaths.SdkFolder, "..", "tasks", "netstandard2.0", "OfflinePackage.Tasks.dll"))));
            Assert.That(project.GetItems("AvailableItemName").Select(i => i.EvaluatedInclude), Does.Contain("OfflineResource"));
        }
    }

    [Test]
    public void PresetDefaultsFollowTheAmrAndOutDir()
    {
        var project = Evaluate("<OfflinePackageId>20171228</OfflinePackageId>");
        var bare = Evaluate("<OfflinePackageId>20171228</OfflinePackageId><OfflinePackageAmrPath>pkg.amr</OfflinePackageAmrPath>");

        var outDir = project.GetPropertyValue("OutDir");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(project.GetPropertyValue("OfflinePackageH5JsonPath").Replace('\\', '/'), Is.EqualTo(outDir.Replace('\\', '/') + "h5_json.json"));
            Assert.That(bare.GetPropertyValue("OfflinePackageH5JsonPath"), Is.EqualTo("h5_json.json"), "an .amr path without a folder must not become /h5_json.json");
            Assert.That(project.GetPropertyValue("OfflinePackageWriteH5Json"), Is.EqualTo("true"));
            Assert.That(project.GetPropertyValue("OfflinePackagePresetBundle"), Is.EqualTo("false"));
            Assert.That(project.GetPropertyValue("OfflinePackagePresetOutputPath"), Is.EqualTo(outDir + "preset/"));
        }
    }

    [Test]
    public void ZipPathFollowsIdVersionAndOutDir()
    {
        var project = Evaluate("""
            <OfflinePackageId>77777777</OfflinePackageId>
            <OfflinePackageVersion>2.3.4.5</OfflinePackageVersion>
            """, new Dictionary<string, string> { ["Configuration"] = "Release" });

        Assert.That(project.GetPropertyValue("OfflinePackageZipPath"), Is.EqualTo(project.GetPropertyValue("OutDir") + "77777777_2.3.4.5.zip"));
        Assert.That(project.GetPropertyValue("OfflinePackageZipPath"), Does.Contain("Release"));
    }

    [Test]
    public void UserValuesWinOverDefaults()
    {
        var project = Evaluate("""
            <OfflinePackageId>20171228</OfflinePackageId>
            <OfflinePackageMainUrl>/index.html</OfflinePackageMainUrl>
            <OfflinePackageZipPath>out/pkg.zip</OfflinePackageZipPath>
            <EnableOfflinePackage>false</EnableOfflinePackage>
            """);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(project.GetPropertyValue("OfflinePackageMainUrl"), Is.EqualTo("/index.html"));
            Assert.That(project.GetPropertyValue("OfflinePackageZipPath"), Is.EqualTo("out/pkg.zip"));
            Assert.That(project.GetPropertyValue("EnableOfflinePackage"), Is.EqualTo("false"));
        }
    }

    [Test]
    public void SourceDateEpochComesFromTheEnvironmentVariable()
    {
        var project = Evaluate("<OfflinePackageId>20171228</OfflinePackageId>", new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" });

        Assert.That(project.GetPropertyValue("OfflinePackageSourceDateEpoch"), Is.EqualTo("1700000000"));
    }

    [Test]
    public void PackGoesToAFolderPerProjectAndMakesNoNupkg()
    {
        var project = Evaluate("<OfflinePackageId>20171228</OfflinePackageId>");
        var packed = Evaluate("<OfflinePackageId>20171228</OfflinePackageId>", new Dictionary<string, string> { ["PackageOutputPath"] = "/ci/artifacts/" });
        var disabled = Evaluate("<OfflinePackageId>20171228</OfflinePackageId><EnableOfflinePackage>false</EnableOfflinePackage>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(project.GetPropertyValue("OfflinePackagePackOutputPath"), Is.EqualTo(Path.Combine(_directory, "bin", "Debug", "app") + Path.DirectorySeparatorChar));
            Assert.That(packed.GetPropertyValue("OfflinePackagePackOutputPath"), Is.EqualTo("/ci/artifacts/app/"), "dotnet pack -o sets PackageOutputPath");
            Assert.That(project.GetPropertyValue("IsPackable"), Is.EqualTo("false"));
            Assert.That(disabled.GetPropertyValue("IsPackable"), Is.EqualTo("true"), "a project with packaging turned off is the host's again");
        }
    }

    private Project Evaluate(string properties, IDictionary<string, string>? globalProperties = null)
    {
        var path = Path.Combine(_directory, "app.csproj");
        File.WriteAllText(path, $"""
            <Project>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
              <Import Project="{Path.Combine(RepoPaths.SdkFolder, "Sdk.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
              <Import Project="{Path.Combine(RepoPaths.SdkFolder, "Sdk.targets")}" />
            </Project>
            """);
        using var collection = new ProjectCollection(globalProperties ?? new Dictionary<string, string>());
        return collection.LoadProject(path);
    }
}
