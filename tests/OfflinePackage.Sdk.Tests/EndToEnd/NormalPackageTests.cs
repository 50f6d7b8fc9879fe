using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>A consumer project builds a normal resource package from real Vite output, through the packed SDK.</summary>
public class NormalPackageTests
{
    private const string Properties = """
            <OfflinePackageId>20171228</OfflinePackageId>
            <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>
        """;

    [TestCase("Microsoft.Build.NoTargets/3.7.0")]
    [TestCase("Microsoft.NET.Sdk")]
    public void ViteDistBecomesZipUnderIdFolderWww(string hostSdk)
    {
        var project = ConsumerProject.Create()
            .CopyFolder(RepoPaths.SampleDist, "dist")
            .WithProject(Properties, """    <OfflineResource Include="dist" />""", hostSdk);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var zip = Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip");
        Assert.That(result.Output, Does.Contain("OfflinePackage -> " + zip));
        var distFiles = ZipContents.FilesBelow(RepoPaths.SampleDist);
        Assert.That(distFiles, Has.Some.Match(@"^assets/.+-[A-Za-z0-9_-]{6,}\.js$"), "the sample must be real hashed Vite output");
        var expectedFiles = distFiles.Select(f => "20171228/www/" + f).ToList();
        var names = ZipContents.Names(zip);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names.Where(n => !n.EndsWith('/')), Is.EquivalentTo(expectedFiles));
            Assert.That(names.Select(n => n.Split('/')[0]).Distinct(), Is.EqualTo(new[] { "20171228" }), "one root folder, the ID");
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            foreach (var file in distFiles)
            {
                Assert.That(ZipContents.Read(zip, "20171228/www/" + file), Is.EqualTo(File.ReadAllBytes(Path.Combine(RepoPaths.SampleDist, file))), file);
            }
        }
    }

    [Test]
    public void ZipIsReadByInfoZipPythonAndJava()
    {
        var project = ConsumerProject.Create()
            .CopyFolder(RepoPaths.SampleDist, "dist")
            .WriteBytes("dist/empty.txt", [])
            .WithProject(Properties, """    <OfflineResource Include="dist" />""");
        var result = project.Build();
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var zip = Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip");

        var unzip = ExternalZipReaders.InfoZipTest(zip);
        var python = ExternalZipReaders.Python(zip);
        var java = ExternalZipReaders.Java(zip);

        var expected = ZipContents.FilesBelow(project.PathOf("dist"))
            .ToDictionary(f => "20171228/www/" + f, f => new FileInfo(project.PathOf("dist/" + f)).Length);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unzip.ExitCode, Is.Zero, unzip.ToString());
            Assert.That(unzip.Output, Does.Contain("No errors detected"));
            Assert.That(python.ExitCode, Is.Zero, python.ToString());
            Assert.That(java.ExitCode, Is.Zero, java.ToString());
            Assert.That(ExternalZipReaders.Entries(python).Where(e => !e.Key.EndsWith('/')), Is.EquivalentTo(expected));
            Assert.That(ExternalZipReaders.Entries(java).Where(e => !e.Key.EndsWith('/')), Is.EquivalentTo(expected));
        }
    }

    [TestCase("Build")]
    [TestCase("BeforeBuild")]
    [TestCase("OfflinePackagePrepare")]
    public void FilesWrittenEarlierInTheSameBuildArePackaged(string hook)
    {
        // Stands in for `npm run build`: a target that writes the frontend output before packaging runs.
        var project = ConsumerProject.Create()
            .WithProject(Properties, """    <OfflineResource Include="dist" />""", extra: $$"""
              <Target Name="FakeFrontendBuild" BeforeTargets="{{hook}}">
                <WriteLinesToFile File="dist/index.html" Lines="&lt;html&gt;&lt;/html&gt;" Overwrite="true" />
                <WriteLinesToFile File="dist/assets/app-4f3a2b.js" Lines="console.log(1)" Overwrite="true" />
              </Target>
            """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(
            ZipContents.Names(Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip")),
            Is.EqualTo(new[] { "20171228/", "20171228/www/", "20171228/www/assets/", "20171228/www/assets/app-4f3a2b.js", "20171228/www/index.html" }));
    }

    [Test]
    public void GlobsSingleFilesAndTargetPathPlaceFilesWhereDocumented()
    {
        var project = ConsumerProject.Create()
            .WriteFile("site/index.html", "<html></html>")
            .WriteFile("extra/a/one.txt", "1")
            .WriteFile("extra/two.txt", "2")
            .WriteFile("robots.txt", "User-agent: *")
            .WriteFile("conf/app.json", "{}")
            .WriteFile("shared/lib.js", "x")
            .WithProject(
                Properties + "\n    <OfflinePackageMainUrl>/index.html</OfflinePackageMainUrl>",
                """
                    <OfflineResource Include="site" TargetPath="." />
                    <OfflineResource Include="extra/**/*.txt" />
                    <OfflineResource Include="robots.txt" />
                    <OfflineResource Include="conf/app.json" TargetPath="config/app.json" />
                    <OfflineResource Include="shared" TargetPath="static/js" />
                """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var names = ZipContents.Names(Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip")).Where(n => !n.EndsWith('/'));
        Assert.That(names, Is.EquivalentTo(new[]
        {
            "20171228/index.html",
            "20171228/www/a/one.txt",
            "20171228/www/two.txt",
            "20171228/www/robots.txt",
            "20171228/config/app.json",
            "20171228/static/js/lib.js",
        }));
    }

    [Test]
    public void JunkIsLeftOutWithALowImportanceMessage()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/.DS_Store", "junk")
            .WriteFile("dist/img/Thumbs.db", "junk")
            .WriteFile("dist/__MACOSX/._index.html", "junk")
            .WithProject(Properties, """    <OfflineResource Include="dist" />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                ZipContents.Names(Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip")),
                Is.EqualTo(new[] { "20171228/", "20171228/www/", "20171228/www/index.html" }));
            var junk = result.MessagesWithCode("OPK2005");
            Assert.That(junk.Select(m => m.File), Is.EquivalentTo(new[] { "dist/.DS_Store", "dist/img/Thumbs.db", "dist/__MACOSX/._index.html" }.Select(project.PathOf)));
            Assert.That(junk.Select(m => m.Importance), Has.All.EqualTo(Microsoft.Build.Framework.MessageImportance.Low));
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.Output, Does.Not.Contain("OPK2005"), "junk is reported at low importance only");
        }
    }

    [Test]
    public void DisabledSdkWritesNothing()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(Properties + "\n    <EnableOfflinePackage>false</EnableOfflinePackage>", """    <OfflineResource Include="dist" />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Directory.EnumerateFiles(project.OutputDirectory, "*.zip"), Is.Empty);
        Assert.That(result.Tasks("PrepareOfflinePackage"), Is.Empty);
        Assert.That(result.Tasks("WriteOfflinePackageZip"), Is.Empty);
    }

    [Test]
    public void SecondBuildSkipsTheZipAndLeavesItUntouched()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(Properties, """    <OfflineResource Include="dist" />""");
        var first = project.Build();
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        var zip = Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip");
        var firstWrite = File.GetLastWriteTimeUtc(zip);

        var second = project.Build();

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.SkipReasons("OfflinePackageCreateZip"), Is.EqualTo(new[] { Microsoft.Build.Framework.TargetSkipReason.OutputsUpToDate }));
            Assert.That(second.Tasks("WriteOfflinePackageZip"), Is.Empty);
            Assert.That(File.GetLastWriteTimeUtc(zip), Is.EqualTo(firstWrite));
            Assert.That(second.Output, Does.Contain("OfflinePackage -> " + zip), "the output line is printed on every build");
        }
    }

    [Test]
    public void SameInputsInAnotherFolderGiveIdenticalBytes()
    {
        ConsumerProject Make() => ConsumerProject.Create()
            .CopyFolder(RepoPaths.SampleDist, "dist")
            .WithProject(Properties, """    <OfflineResource Include="dist" />""");
        var first = Make();
        var second = Make();
        Assert.That(first.Build().ExitCode, Is.Zero);
        foreach (var file in Directory.EnumerateFiles(second.PathOf("dist"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-3));
        }

        Assert.That(second.Build().ExitCode, Is.Zero);

        var zipName = "20171228_1.0.0.1.zip";
        Assert.That(
            File.ReadAllBytes(Path.Combine(second.OutputDirectory, zipName)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(first.OutputDirectory, zipName))));
    }
}
