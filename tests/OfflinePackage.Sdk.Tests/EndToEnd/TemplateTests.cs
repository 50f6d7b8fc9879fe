using System.IO.Compression;
using System.Text.RegularExpressions;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// The `dotnet new` templates, installed from this run's OfflinePackage.Templates .nupkg into a template hive of
/// their own, instantiated, and built through this run's SDK as a user's project restores it.
/// </summary>
// One test at a time (beside the other fixtures): `dotnet new` writes its settings and template cache into the hive they share.
[Parallelizable(ParallelScope.Self)]
public class TemplateTests
{
    // Set once by the static OneTimeSetUp, for the fixture instance of each test.
    private static string Hive = "";
    private static string Root = "";

    [OneTimeSetUp]
    public static void InstallTemplates()
    {
        Root = Path.Combine(SdkPackage.RunDirectory, "templates");
        Hive = Path.Combine(Root, "hive");
        Directory.CreateDirectory(Root);
        // Shield the generated projects from any Directory.Build.* above the temp folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");

        var install = DotnetNew("install", FeedPackages.TemplatesNupkgPath);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        Assert.That(install.Output, Does.Contain("offlinepackage-global").And.Contain("offlinepackage-preset"), install.ToString());
    }

    [Test]
    public void ViteTemplateRunsTheNpmBuildAndPackagesAPageWhoseReferencesAreRelative()
    {
        var folder = NewFolder();
        var created = DotnetNew("offlinepackage", "-o", Path.Combine(folder, "Shop"), "--package-id", "20240101", "--feed", SdkPackage.FeedDirectory);
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        var project = Path.Combine(folder, "Shop");

        var first = Build(project);

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(first.Tasks("Exec"), Has.Count.EqualTo(2), "npm install and npm run build");
        Assert.That(File.Exists(Path.Combine(project, "frontend", "package-lock.json")), Is.True, "npm install ran in the build");
        var zipPath = Path.Combine(project, "bin", "Debug", "net10.0", "20240101_1.0.0.0.zip");
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            using var reader = new StreamReader(zip.GetEntry("20240101/www/index.html")!.Open());
            var references = Regex.Matches(reader.ReadToEnd(), @"\b(?:src|href)\s*=\s*[""']([^""']*)[""']").Select(m => m.Groups[1].Value).ToList();

            Assert.That(references, Is.Not.Empty);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(references, Has.None.StartsWith("/"), "a root-absolute URL points outside www/ in the container");
                foreach (var reference in references)
                {
                    var target = Path.GetFullPath(Path.Combine("/20240101/www", reference)).TrimStart('/');
                    Assert.That(entries, Does.Contain(target), $"{reference} resolves to a file of the package");
                }
            }
        }

        var second = Build(project);

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(second.SkipReasons("FrontendInstall"), Is.Not.Empty, "npm install is not run again for an unchanged package.json");
        Assert.That(second.SkipReasons("FrontendBuild"), Is.Not.Empty, "npm run build is not run again for an unchanged frontend");
    }

    [Test]
    public void GlobalTemplateBuildsAGlobalPackageAndItsUrlList()
    {
        var folder = NewFolder();
        var created = DotnetNew("offlinepackage-global", "-o", Path.Combine(folder, "Common"), "--app-id", "53E5279071442", "--workspace-id", "test");
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        var project = Path.Combine(folder, "Common");
        WriteFeedConfig(project);

        var result = Build(project);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = Path.Combine(project, "bin", "Debug", "net10.0");
        using var zip = ZipFile.OpenRead(Path.Combine(output, "77777777_1.0.0.0.zip"));
        Assert.That(
            zip.Entries.Where(e => e.Length > 0).Select(e => e.FullName),
            Is.EquivalentTo(new[] { "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/common.css", "77777777/mcube-prod.mpaascloud.com/53E5279071442_test/common.js" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "77777777_1.0.0.0.urls.json")), Does.Contain("https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js"));
    }

    [Test]
    public void GlobalTemplateWithoutAppAndWorkspaceIdIsRefused()
    {
        var created = DotnetNew("offlinepackage-global", "-o", Path.Combine(NewFolder(), "Common"));

        Assert.That(created.ExitCode, Is.Not.Zero);
        Assert.That(created.Output, Does.Contain("--app-id").And.Contain("--workspace-id"));
    }

    [Test]
    public void PresetTemplateCollectsTheSignedAmrOfItsPackageProjects()
    {
        var folder = NewFolder();
        Assert.That(DotnetNew("offlinepackage-global", "-o", Path.Combine(folder, "Common"), "--app-id", "53E5279071442", "--workspace-id", "test", "--virtual-domain", "h5app.com").ExitCode, Is.Zero);
        var created = DotnetNew("offlinepackage-preset", "-o", Path.Combine(folder, "Preset"), "--packages", "../Common/Common.csproj", "--preset-folder", "../app/assets/");
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        WriteFeedConfig(folder);
        var key = ProcessRunner.Run("openssl", ["genrsa", "-out", "key.pem", "2048"], folder);
        Assert.That(key.ExitCode, Is.Zero, key.ToString());

        // The CI way: the key comes from a secret in the environment.
        var result = Build(Path.Combine(folder, "Preset"), new Dictionary<string, string> { ["OFFLINE_PACKAGE_SIGNING_KEY"] = File.ReadAllText(Path.Combine(folder, "key.pem")) });

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            Directory.EnumerateFiles(Path.Combine(folder, "app", "assets")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "77777777_1.0.0.0.amr", "h5_json.json" }));
    }

    private static string NewFolder([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>What the Vite template's --feed option writes: the local feed with this run's SDK.</summary>
    private static void WriteFeedConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="offlinepackage" value="{SdkPackage.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

    private static ProcessResult DotnetNew(params string[] arguments) =>
        ProcessRunner.Run("dotnet", ["new", .. arguments, "--debug:custom-hive", Hive], Root);

    /// <summary>`dotnet build` in the project folder; packages go to this run's folder, so the SDK is this run's pack.</summary>
    private static BuildResult Build(string projectFolder, Dictionary<string, string>? environment = null)
    {
        var binlog = Path.Combine(projectFolder, $"build-{Guid.NewGuid().ToString("N")[..6]}.binlog");
        var variables = new Dictionary<string, string>(environment ?? new()) { ["NUGET_PACKAGES"] = SdkPackage.PackagesDirectory };
        var process = ProcessRunner.Run("dotnet", ["build", $"-bl:{binlog}", "-nodeReuse:false", "--disable-build-servers"], projectFolder, environment: variables);
        return new BuildResult(process, binlog);
    }
}
