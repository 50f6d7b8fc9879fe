using Microsoft.Build.Framework;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>A second build does no packaging work; every change that matters repackages; Clean removes what we wrote.</summary>
public class IncrementalBuildTests
{
    private const string Properties = "    <OfflinePackageId>20171228</OfflinePackageId>";
    private const string Items = """    <OfflineResource Include="dist" />""";
    private const string ZipName = "20171228_1.0.0.0.zip";

    private static ConsumerProject BuiltProject(string properties = Properties)
    {
        var project = ConsumerProject.Create(TestContext.CurrentContext.Test.MethodName + "-" + TestContext.CurrentContext.Test.Name.GetHashCode().ToString("x"))
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/assets/app-1a2b3c.js", "console.log(1)")
            .WriteFile("dist/assets/App.css", "body{}")
            .WithProject(properties, Items);
        var first = project.Build();
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        return project;
    }

    private static string Zip(ConsumerProject project) => Path.Combine(project.OutputDirectory, ZipName);

    [Test]
    public void NothingChangedMeansNoPackagingWorkAndQuestionPasses()
    {
        var project = BuiltProject();
        var cache = Directory.EnumerateFiles(project.PathOf("obj"), "inputs.cache", SearchOption.AllDirectories).Single();
        var cacheWrite = File.GetLastWriteTimeUtc(cache);

        var second = project.Build();
        var question = project.Build("-question");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.SkipReasons("OfflinePackageCreateZip"), Is.EqualTo(new[] { TargetSkipReason.OutputsUpToDate }));
            Assert.That(File.GetLastWriteTimeUtc(cache), Is.EqualTo(cacheWrite), "an unchanged inputs cache is not rewritten");
            Assert.That(question.ExitCode, Is.Zero, question.ToString());
            Assert.That(question.Errors, Is.Empty);
        }
    }

    [Test]
    public void QuestionBuildReportsAChangedPackageWithoutWritingIt()
    {
        var project = BuiltProject();
        var before = File.ReadAllBytes(Zip(project));
        project.WriteFile("dist/new.js", "new");

        var question = project.Build("-question");

        Assert.That(question.ExitCode, Is.Not.Zero, question.ToString());
        Assert.That(question.ErrorCodes, Does.Contain("OPK3002"));
        Assert.That(File.ReadAllBytes(Zip(project)), Is.EqualTo(before));
    }

    public static IEnumerable<TestCaseData> Changes()
    {
        yield return new TestCaseData(new Action<ConsumerProject>(p => p.WriteFile("dist/index.html", "<html>changed</html>")), "www/index.html", "<html>changed</html>")
            .SetName("ChangedFileRepackages");
        yield return new TestCaseData(new Action<ConsumerProject>(p => p.WriteFile("dist/extra.txt", "x")), "www/extra.txt", "x")
            .SetName("AddedFileRepackages");
        yield return new TestCaseData(new Action<ConsumerProject>(p =>
        {
            p.WriteFile("dist/old.txt", "old");
            File.SetLastWriteTimeUtc(p.PathOf("dist/old.txt"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }), "www/old.txt", "old").SetName("AddedFileWithAnOldTimestampRepackages");
        yield return new TestCaseData(new Action<ConsumerProject>(p => File.Move(p.PathOf("dist/assets/App.css"), p.PathOf("dist/assets/app.css"))), "www/assets/app.css", "body{}")
            .SetName("CaseOnlyRenameRepackages");
        yield return new TestCaseData(new Action<ConsumerProject>(p => File.Move(p.PathOf("dist/assets/App.css"), p.PathOf("dist/assets/main.css"))), "www/assets/main.css", "body{}")
            .SetName("RenameRepackages");
    }

    [TestCaseSource(nameof(Changes))]
    public void ChangeRepackages(Action<ConsumerProject> change, string expectedEntry, string expectedContent)
    {
        var project = BuiltProject();
        change(project);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Tasks("WriteOfflinePackageZip"), Has.Count.EqualTo(1), "the zip target ran");
        Assert.That(System.Text.Encoding.UTF8.GetString(ZipContents.Read(Zip(project), "20171228/" + expectedEntry)), Is.EqualTo(expectedContent));
    }

    [Test]
    public void DeletedFileRepackagesWithoutIt()
    {
        var project = BuiltProject();
        File.Delete(project.PathOf("dist/assets/App.css"));

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(ZipContents.Names(Zip(project)), Does.Not.Contain("20171228/www/assets/App.css").And.Contain("20171228/www/index.html"));
    }

    [Test]
    public void ChangedVersionWritesTheNewZipAndIncrementalCleanRemovesTheOld()
    {
        var project = BuiltProject();
        var text = File.ReadAllText(project.ProjectPath).Replace(Properties, Properties + "\n    <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>");
        File.WriteAllText(project.ProjectPath, text);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Path.Combine(project.OutputDirectory, "20171228_1.0.0.1.zip")), Is.True);
        Assert.That(File.Exists(Zip(project)), Is.False, "the zip of the old version is a stale output");
    }

    [Test]
    public void ChangedSourceDateEpochRepackagesWithThatTimestamp()
    {
        var project = BuiltProject();

        var result = project.Build("-p:SOURCE_DATE_EPOCH=1700000000");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var archive = System.IO.Compression.ZipFile.OpenRead(Zip(project));
        // 1700000000 = 2023-11-14 22:13:20 UTC; DOS time has 2-second resolution and no zone.
        Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime).Distinct(), Is.EqualTo(new[] { new DateTime(2023, 11, 14, 22, 13, 20) }));
    }

    [Test]
    public void FailedBuildThenFixRebuilds()
    {
        var project = BuiltProject();
        var good = File.ReadAllText(project.ProjectPath);
        File.WriteAllText(project.ProjectPath, good.Replace(Items, Items + "\n" + """    <OfflineResource Include="missing.js" />"""));
        project.WriteFile("dist/index.html", "<html>v2</html>");
        var failed = project.Build();
        Assert.That(failed.ErrorCodes, Is.EqualTo(new[] { "OPK2002" }), failed.ToString());

        File.WriteAllText(project.ProjectPath, good);
        var fixedBuild = project.Build();

        Assert.That(fixedBuild.ExitCode, Is.Zero, fixedBuild.ToString());
        Assert.That(System.Text.Encoding.UTF8.GetString(ZipContents.Read(Zip(project), "20171228/www/index.html")), Is.EqualTo("<html>v2</html>"));
    }

    [Test]
    public void DesignTimeBuildDoesNoPackagingWork()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(Properties, Items);

        var result = project.Build("-p:DesignTimeBuild=true");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Tasks("PrepareOfflinePackage"), Is.Empty);
        Assert.That(File.Exists(Zip(project)), Is.False);
        Assert.That(Directory.EnumerateFiles(project.PathOf("obj"), "inputs.cache", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void CleanRemovesEverySdkFileAndOnlyThose()
    {
        var project = BuiltProject();
        project.WriteFile("bin/Debug/net10.0/user-notes.txt", "mine");
        project.WriteFile($"bin/Debug/net10.0/.{ZipName}.0123456789ab.tmp", "left by a killed build");
        var intermediate = Path.Combine(project.PathOf("obj"), "Debug", "net10.0", "offlinepackage");
        Assert.That(File.Exists(Path.Combine(intermediate, "inputs.cache")), Is.True);

        var clean = project.Run("clean");

        Assert.That(clean.ExitCode, Is.Zero, clean.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(Zip(project)), Is.False);
            Assert.That(Directory.Exists(intermediate), Is.False);
            Assert.That(Directory.EnumerateFiles(project.OutputDirectory, "*.tmp", SearchOption.AllDirectories), Is.Empty);
            Assert.That(File.Exists(project.PathOf("bin/Debug/net10.0/user-notes.txt")), Is.True, "files we did not write stay");
            Assert.That(File.Exists(project.PathOf("dist/index.html")), Is.True);
        }
    }

    [Test]
    public void FastUpToDateCheckSeesResourcesAsInputsAndTheZipAsOutput()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/a/b.js", "x")
            .WriteFile("robots.txt", "x")
            .WithProject(Properties, Items + "\n" + """    <OfflineResource Include="robots.txt" />""", hostSdk: "Microsoft.NET.Sdk");

        var inputs = project.Run("msbuild", "-t:_OfflinePackageCollectUpToDateCheckItems", "-getItem:UpToDateCheckInput");
        var built = project.Run("msbuild", "-t:_OfflinePackageCollectUpToDateCheckItems", "-getItem:UpToDateCheckBuilt");

        Assert.That(inputs.Output, Does.Contain(project.PathOf("dist/index.html")).And.Contain(project.PathOf("dist/a/b.js")).And.Contain("robots.txt"));
        Assert.That(built.Output, Does.Contain(ZipName));
    }
}
