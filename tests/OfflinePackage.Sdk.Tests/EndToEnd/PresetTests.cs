using System.IO.Compression;
using System.Text.Json;
using OfflinePackage.Sdk.Tests.Infrastructure;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// h5_json.json next to each .amr, and preset bundles: several package projects referenced by one project that
/// writes the folder an app presets from. Every .amr in such a folder is checked with OpenSSL, not only by us.
/// </summary>
public class PresetTests
{
    private const string Domain = "h5app.com";

    private static ProcessResult Run(string tool, string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run(tool, arguments, directory);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result;
    }

    /// <summary>A folder with key.pem/public.pem (one pair for every package, as in an app) and a package project per ID.</summary>
    private static ConsumerProject Workspace([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var project = ConsumerProject.Create(name);
        Run("openssl", project.Directory, "genrsa", "-out", "key.pem", "2048");
        Run("openssl", project.Directory, "rsa", "-in", "key.pem", "-pubout", "-out", "public.pem");
        return project;
    }

    private static ConsumerProject AddPackage(ConsumerProject project, string id, string version = "1.0.0.1", bool signed = true, string extra = "")
    {
        project.WriteFile($"p{id}/dist/index.html", $"<html>{id}</html>");
        var key = signed ? "\n    <OfflinePackageSigningKeyFile>../key.pem</OfflinePackageSigningKeyFile>" : string.Empty;
        return project.WithProject(
            $"    <OfflinePackageId>{id}</OfflinePackageId>\n    <OfflinePackageVersion>{version}</OfflinePackageVersion>\n    <OfflinePackageVirtualDomain>{Domain}</OfflinePackageVirtualDomain>{key}{extra}",
            """    <OfflineResource Include="dist" />""",
            fileName: $"p{id}/p{id}.csproj");
    }

    private static ConsumerProject Bundle(ConsumerProject project, string items, string properties = "")
    {
        return project.WithProject(
            "    <OfflinePackagePresetBundle>true</OfflinePackagePresetBundle>\n    <OfflinePackagePresetOutputPath>../app/src/main/assets/</OfflinePackagePresetOutputPath>" + properties,
            items,
            fileName: "bundle/bundle.csproj");
    }

    private static string References(params string[] ids) =>
        string.Join("\n", ids.Select(id => $"""    <ProjectReference Include="../p{id}/p{id}.csproj" />"""));

    /// <summary>A ProjectReference to a new project that does not use the SDK (it is no offline package: OPK6043).</summary>
    private static string PlainReference(ConsumerProject project)
    {
        project.WriteFile("plain/plain.csproj", """
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        return "\n    <ProjectReference Include=\"../plain/plain.csproj\" />";
    }

    private static JsonElement ReadH5Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;

    [Test]
    public void SignedPackageWritesItsOwnH5JsonNextToTheAmr()
    {
        var project = AddPackage(Workspace(), "20171228", extra: """

                <OfflinePackageName>Shop</OfflinePackageName>
                <OfflinePackageExtendInfo>{"asyncReqRate":"1800","launchParams":{"enableTabBar":"NO"}}</OfflinePackageExtendInfo>
                <OfflinePackageFallbackBaseUrl>https://cdn.example.com/20171228/fallback/</OfflinePackageFallbackBaseUrl>
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var output = Path.Combine(project.Directory, "p20171228", "bin", "Debug", "net10.0");
        var path = Path.Combine(output, "h5_json.json");
        Assert.That(result.Output, Does.Contain("OfflinePackage -> " + path));
        var root = ReadH5Json(path);
        var entry = root.GetProperty("data").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.GetProperty("app_id").GetString(), Is.EqualTo("20171228"));
            Assert.That(entry.GetProperty("version").GetString(), Is.EqualTo("1.0.0.1"));
            Assert.That(entry.GetProperty("vhost").GetString(), Is.EqualTo("https://20171228.h5app.com"));
            Assert.That(entry.GetProperty("main_url").GetString(), Is.EqualTo("/www/index.html"));
            Assert.That(entry.GetProperty("name").GetString(), Is.EqualTo("Shop"));
            Assert.That(entry.GetProperty("app_desc").GetString(), Is.EqualTo("Shop"), "description defaults to the name");
            Assert.That(entry.GetProperty("extend_info").GetProperty("launchParams").GetProperty("enableTabBar").GetString(), Is.EqualTo("NO"));
            Assert.That(entry.GetProperty("fallback_base_url").GetString(), Is.EqualTo("https://cdn.example.com/20171228/fallback/"));
            Assert.That(entry.GetProperty("auto_install").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("config").GetProperty("updateReqRate").GetInt32(), Is.EqualTo(16400));
            Assert.That(root.GetProperty("state").GetString(), Is.EqualTo("success"));
            Assert.That(File.Exists(Path.Combine(output, "20171228_1.0.0.1.amr")), Is.True);
        }
    }

    [Test]
    public void UnchangedH5JsonKeepsItsTimestamp()
    {
        var project = AddPackage(Workspace(), "20171228");
        Assert.That(project.Build().ExitCode, Is.Zero);
        var path = Path.Combine(project.Directory, "p20171228", "bin", "Debug", "net10.0", "h5_json.json");
        var first = File.GetLastWriteTimeUtc(path);

        var second = project.Build();
        var changed = project.Build("-p:OfflinePackageName=Renamed");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(changed.ExitCode, Is.Zero, changed.ToString());
        Assert.That(ReadH5Json(path).GetProperty("data")[0].GetProperty("name").GetString(), Is.EqualTo("Renamed"));
        Assert.That(second.Tasks("WriteOfflinePackageH5Json"), Has.Count.EqualTo(1));
        Assert.That(first, Is.LessThan(File.GetLastWriteTimeUtc(path)));
    }

    [Test]
    public void SigningWithoutAVirtualDomainIsAnErrorBeforeTheAmr()
    {
        var project = Workspace();
        project.WriteFile("p20171228/dist/index.html", "<html></html>").WithProject(
            "    <OfflinePackageId>20171228</OfflinePackageId>\n    <OfflinePackageSigningKeyFile>../key.pem</OfflinePackageSigningKeyFile>",
            """    <OfflineResource Include="dist" />""",
            fileName: "p20171228/p20171228.csproj");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6001" }), result.ToString());
        Assert.That(Directory.EnumerateFiles(project.Directory, "*.amr", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void ExtendInfoThatIsNotJsonIsAnErrorOnItsLine()
    {
        var project = AddPackage(Workspace(), "20171228", extra: "\n    <OfflinePackageExtendInfo>asyncReqRate=1800</OfflinePackageExtendInfo>");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6008" }), result.ToString());
        var error = result.Errors.Single();
        var lines = File.ReadAllLines(project.ProjectPath);
        Assert.That(lines[error.LineNumber - 1], Does.Contain("<OfflinePackageExtendInfo>"));
    }

    [Test]
    public void BundleOfTwoPackagesWritesAFolderEveryFileOfWhichVerifiesWithOpenSsl()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        AddPackage(project, "20180101", version: "2.1.0.3");
        Bundle(project, References("20171228", "20180101"), "\n    <OfflinePackagePublicKeyFile>../public.pem</OfflinePackagePublicKeyFile>\n    <OfflinePackageVirtualDomain>h5app.com</OfflinePackageVirtualDomain>");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var assets = project.PathOf("app/src/main/assets");
        Assert.That(
            Directory.EnumerateFiles(assets).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "20180101_2.1.0.3.amr", "h5_json.json" }));
        foreach (var amr in Directory.EnumerateFiles(assets, "*.amr"))
        {
            OpenSslAmr.AssertSignaturesVerify(amr, project.PathOf("public.pem"), project.PathOf(Path.Combine("unpacked", Path.GetFileName(amr))));
        }

        var data = ReadH5Json(Path.Combine(assets, "h5_json.json")).GetProperty("data").EnumerateArray()
            .Select(e => e.GetProperty("app_id").GetString() + "_" + e.GetProperty("version").GetString() + " " + e.GetProperty("vhost").GetString());
        Assert.That(data, Is.EquivalentTo(new[] { "20171228_1.0.0.1 https://20171228.h5app.com", "20180101_2.1.0.3 https://20180101.h5app.com" }));
        Assert.That(result.Tasks("WriteOfflinePackageAmr"), Has.Count.EqualTo(2), "each package is built once, not again for the bundle");
        Assert.That(result.Output, Does.Contain("OfflinePackage -> " + assets + Path.DirectorySeparatorChar));
    }

    [Test]
    public void EveryTaskAlsoRunsInTheTaskHost()
    {
        // OfflinePackageUseTaskHost=true (for SDK developers) declares each task with TaskHostFactory.
        var project = Workspace();
        AddPackage(project, "20171228", extra: "\n    <OfflinePackageAndroidMinVersion>2.0.0</OfflinePackageAndroidMinVersion>");
        AddPackage(project, "20180101");
        Bundle(project, References("20171228", "20180101"));

        var build = project.Build("-p:OfflinePackageUseTaskHost=true");
        var clean = project.Run("clean", "-p:OfflinePackageUseTaskHost=true");

        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(clean.ExitCode, Is.Zero, clean.ToString());
        using (Assert.EnterMultipleScope())
        {
            foreach (var task in new[] { "PrepareOfflinePackage", "CheckOfflinePackageRelease", "WriteOfflinePackageZip", "WriteOfflinePackageH5Json", "WriteOfflinePackageAmr", "WriteOfflinePackagePresetBundle" })
            {
                Assert.That(build.Tasks(task), Is.Not.Empty, task);
            }

            Assert.That(clean.Tasks("CleanOfflinePackagePresetBundle"), Is.Not.Empty);
            Assert.That(Directory.EnumerateFiles(project.PathOf("app/src/main/assets")), Is.Empty);
        }
    }

    [Test]
    public void ReferenceWithoutASigningKeyIsAnErrorOnItsLineAndTheFolderIsNotWritten()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        AddPackage(project, "20180101", signed: false);
        Bundle(project, References("20171228", "20180101"));

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6040" }), result.ToString());
        var error = result.Errors.Single();
        Assert.That(File.ReadAllLines(project.ProjectPath)[error.LineNumber - 1], Does.Contain("p20180101.csproj"));
        Assert.That(error.Text, Does.Contain("give it a signing key"));
        Assert.That(Directory.Exists(project.PathOf("app")), Is.False);
    }

    [TestCase("<EnableOfflinePackage>false</EnableOfflinePackage>", "EnableOfflinePackage to false")]
    [TestCase("<OfflinePackageWriteH5Json>false</OfflinePackageWriteH5Json>", "OfflinePackageWriteH5Json to false")]
    public void ReferenceThatWritesNoPresetIsToldWhy(string property, string fix)
    {
        var project = Workspace();
        AddPackage(project, "20171228", extra: "\n    " + property);
        Bundle(project, References("20171228"));

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6040" }), result.ToString());
        Assert.That(result.Errors.Single().Text, Does.Contain(fix).And.Not.Contain("signing key"));
    }

    [Test]
    public void ReferenceWithoutTheSdkIsAWarningOnItsLineAndIsLeftOut()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        Bundle(project, References("20171228") + PlainReference(project));

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK6043" }));
        Assert.That(File.ReadAllLines(project.ProjectPath)[result.Warnings.Single().LineNumber - 1], Does.Contain("plain.csproj"));
        Assert.That(Directory.EnumerateFiles(project.PathOf("app/src/main/assets")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "h5_json.json" }));
    }

    [Test]
    public void NoOpBuildOfABundleWritesNothingAndStillReportsItsFindings()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        Bundle(project, References("20171228") + PlainReference(project));
        var assets = project.PathOf("app/src/main/assets");
        var first = project.Build();
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        var written = Directory.EnumerateFiles(assets).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var noOp = project.Build();
        var afterNoOp = Directory.EnumerateFiles(assets).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var packed = project.Run("pack", "--no-build", "-o", "packed");
        File.Delete(Path.Combine(assets, "h5_json.json"));
        var afterDelete = project.Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Tasks("WriteOfflinePackagePresetBundle"), Is.Not.Empty);
            Assert.That(noOp.ExitCode, Is.Zero, noOp.ToString());
            Assert.That(noOp.Tasks("WriteOfflinePackagePresetBundle"), Is.Empty, "nothing the bundle reads changed");
            Assert.That(noOp.Warnings.Select(w => (w.Code, w.File, w.LineNumber)), Is.EqualTo(first.Warnings.Select(w => (w.Code, w.File, w.LineNumber))).And.Not.Empty);
            Assert.That(afterNoOp, Is.EquivalentTo(written));
            Assert.That(packed.ExitCode, Is.Zero, packed.ToString());
            Assert.That(Directory.EnumerateFiles(project.PathOf("packed/bundle")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "h5_json.json" }));
            Assert.That(afterDelete.Tasks("WriteOfflinePackagePresetBundle"), Is.Not.Empty, "a bundle file is missing");
            Assert.That(File.Exists(Path.Combine(assets, "h5_json.json")), Is.True);
        }
    }

    [Test]
    public void TwoPackagesWithOneIdAreAnError()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        project.WriteFile("copy/dist/index.html", "<html></html>").WithProject(
            $"    <OfflinePackageId>20171228</OfflinePackageId>\n    <OfflinePackageVersion>1.0.0.2</OfflinePackageVersion>\n    <OfflinePackageVirtualDomain>{Domain}</OfflinePackageVirtualDomain>\n    <OfflinePackageSigningKeyFile>../key.pem</OfflinePackageSigningKeyFile>",
            """    <OfflineResource Include="dist" />""",
            fileName: "copy/copy.csproj");
        Bundle(project, References("20171228") + "\n    <ProjectReference Include=\"../copy/copy.csproj\" />");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Does.Contain("OPK6034"), result.ToString());
        Assert.That(Directory.Exists(project.PathOf("app")), Is.False);
    }

    [RequiresMpaasDemo]
    [Test]
    public void ConsoleDownloadsAndOwnPackagesMergeIntoOneH5Json()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        project.CopyFolder(RepoPaths.MpaasDemo, "downloads");
        Bundle(project, References("20171228") + """

                <OfflinePackagePreset Include="../downloads/70000000_1.0.0.6.amr;../downloads/77777777_1.0.0.0.amr" H5Json="../downloads/h5_json.android.json" />
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var assets = project.PathOf("app/src/main/assets");
        var ids = ReadH5Json(Path.Combine(assets, "h5_json.json")).GetProperty("data").EnumerateArray().Select(e => e.GetProperty("app_id").GetString());
        Assert.That(ids, Is.EquivalentTo(new[] { "20171228", "70000000", "77777777" }));
        Assert.That(File.ReadAllBytes(Path.Combine(assets, "70000000_1.0.0.6.amr")), Is.EqualTo(File.ReadAllBytes(Path.Combine(RepoPaths.MpaasDemo, "70000000_1.0.0.6.amr"))));
    }

    [RequiresMpaasDemo]
    [Test]
    public void EntryVersionThatDiffersFromTheAmrIsAnError()
    {
        var project = Workspace();
        project.CopyFolder(RepoPaths.MpaasDemo, "downloads");
        var h5Json = File.ReadAllText(project.PathOf("downloads/h5_json.android.json")).Replace("\"1.0.0.6\"", "\"1.0.0.5\"");
        project.WriteFile("downloads/h5_json.edited.json", h5Json);
        Bundle(project, """    <OfflinePackagePreset Include="../downloads/70000000_1.0.0.6.amr;../downloads/77777777_1.0.0.0.amr" H5Json="../downloads/h5_json.edited.json" />""");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6037" }), result.ToString());
        Assert.That(result.Errors.Single().Text, Does.Contain("1.0.0.5").And.Contain("1.0.0.6"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void PublicKeyCatchesAConsolePackageSignedWithAnotherKey()
    {
        var project = Workspace();
        project.CopyFolder(RepoPaths.MpaasDemo, "downloads");
        Bundle(
            project,
            """    <OfflinePackagePreset Include="../downloads/70000000_1.0.0.6.amr;../downloads/77777777_1.0.0.0.amr" H5Json="../downloads/h5_json.android.json" />""",
            "\n    <OfflinePackagePublicKeyFile>../downloads/demo-public-key.pem</OfflinePackagePublicKeyFile>");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Has.Count.EqualTo(2).And.All.EqualTo("OPK5005"), result.ToString());
        Assert.That(result.Errors.Select(e => Path.GetFileName(e.File)).Distinct(), Is.EqualTo(new[] { "77777777_1.0.0.0.amr" }));
    }

    [Test]
    public void DroppedPackageLeavesTheFolderAndOtherFilesStay()
    {
        var project = Workspace();
        AddPackage(project, "20171228");
        AddPackage(project, "20180101");
        project.WriteFile("app/src/main/assets/config/custom_config.json", "[]");
        Bundle(project, References("20171228", "20180101"));
        Assert.That(project.Build().ExitCode, Is.Zero);

        Bundle(project, References("20171228"));
        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var assets = project.PathOf("app/src/main/assets");
        Assert.That(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(assets, f).Replace('\\', '/')),
            Is.EquivalentTo(new[] { "20171228_1.0.0.1.amr", "h5_json.json", "config/custom_config.json" }));

        var clean = project.Run("clean");
        Assert.That(clean.ExitCode, Is.Zero, clean.ToString());
        Assert.That(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(assets, f).Replace('\\', '/')),
            Is.EqualTo(new[] { "config/custom_config.json" }), "clean removes what the bundle wrote, nothing else");
    }

    [Test]
    public void FastUpToDateCheckOfABundleWatchesItsPresetsAndItsFolder()
    {
        var project = Bundle(ConsumerProject.Create(), """    <OfflinePackagePreset Include="../downloads/70000000_1.0.0.6.amr" H5Json="../downloads/h5_json.android.json" />""");

        var inputs = project.Run("msbuild", "-t:_OfflinePackageCollectUpToDateCheckItems", "-getItem:UpToDateCheckInput");
        var built = project.Run("msbuild", "-t:_OfflinePackageCollectUpToDateCheckItems", "-getItem:UpToDateCheckBuilt");

        Assert.That(inputs.Output, Does.Contain("70000000_1.0.0.6.amr").And.Contain("h5_json.android.json"), inputs.ToString());
        Assert.That(built.Output, Does.Contain("assets/h5_json.json").And.Not.Contain(".zip"), built.ToString());
    }

    [Test]
    public void EmptyBundleIsAWarningAndAnErrorInStrictMode()
    {
        var project = Bundle(ConsumerProject.Create(), string.Empty);

        var relaxed = project.Build();
        var strict = project.Build("-p:OfflinePackageStrict=true");

        Assert.That(relaxed.ExitCode, Is.Zero, relaxed.ToString());
        Assert.That(relaxed.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK6042" }));
        Assert.That(strict.ErrorCodes, Is.EqualTo(new[] { "OPK6042" }), strict.ToString());
    }

    [Test]
    public void ClientVersionRangeErrorsPointAtTheProperty()
    {
        var project = AddPackage(Workspace(), "20171228", signed: false, extra: "\n    <OfflinePackageAndroidMinVersion>10.2.0</OfflinePackageAndroidMinVersion>\n    <OfflinePackageAndroidMaxVersion>10.1.9</OfflinePackageAndroidMaxVersion>");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6015" }), result.ToString());
        Assert.That(File.ReadAllLines(project.ProjectPath)[result.Errors.Single().LineNumber - 1], Does.Contain("<OfflinePackageAndroidMinVersion>"));
    }

    [Test]
    public void AHarmonyRangeIsCheckedToo_AndItsErrorPointsAtItsProperty()
    {
        var project = AddPackage(Workspace(), "20171228", signed: false, extra: "\n    <OfflinePackageHarmonyMaxVersion>5.0.0</OfflinePackageHarmonyMaxVersion>");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK6014" }), result.ToString());
        Assert.That(result.Errors.Single().Text, Does.Contain("HarmonyOS"));
        Assert.That(File.ReadAllLines(project.ProjectPath)[result.Errors.Single().LineNumber - 1], Does.Contain("<OfflinePackageHarmonyMaxVersion>"));
    }

    [TestCase("xml1")]
    [TestCase("binary")]
    public void InfoPlistProductVersionBelowTheIosMinimumIsAWarning(string format)
    {
        var project = AddPackage(Workspace(format), "20171228", signed: false, extra: "\n    <OfflinePackageIosMinVersion>10.2.0</OfflinePackageIosMinVersion>\n    <OfflinePackageIosInfoPlist>../ios/Info.plist</OfflinePackageIosInfoPlist>");
        // Python's plistlib writes both formats: a reader other than ours made the file.
        var plistFormat = format == "binary" ? "plistlib.FMT_BINARY" : "plistlib.FMT_XML";
        Directory.CreateDirectory(project.PathOf("ios"));
        Run("python3", project.Directory, "-c", $"import plistlib; plistlib.dump({{'CFBundleShortVersionString': '10.1.0', 'Product Version': '10.1.0'}}, open('ios/Info.plist', 'wb'), fmt={plistFormat})");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK6019" }));
        Assert.That(result.Warnings.Single().File, Is.EqualTo(project.PathOf("ios/Info.plist")));
    }
}
