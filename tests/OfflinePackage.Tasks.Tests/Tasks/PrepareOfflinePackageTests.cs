using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Tasks;

public class PrepareOfflinePackageTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static string WriteProject(TempDirectory temp, string id) =>
        temp.CreateFile(
            "app/app.csproj",
            "<Project Sdk=\"OfflinePackage.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OfflinePackageId>" + id + "</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" +
            "    <OfflineResource Include=\"dist\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");

    private static PrepareOfflinePackage NewTask(FakeBuildEngine engine, string project, string id, params ITaskItem[] resources) =>
        new()
        {
            BuildEngine = engine,
            ProjectFile = project,
            PackageId = id,
            Resources = resources,
        };

    [Test]
    public void GoodFolder_ReturnsTrueAndOutputsEveryFileWithItsTargetPath()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "12345678");
        var index = temp.CreateFile("app/dist/index.html");
        var app = temp.CreateFile("app/dist/js/app.js");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, project, "12345678", new TaskItem(temp.Combine("app/dist")));

        var result = task.Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.True);
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(
                task.Files.ToDictionary(f => f.ItemSpec, f => f.GetMetadata("TargetPath")),
                Is.EquivalentTo(new Dictionary<string, string> { [index] = "www/index.html", [app] = "www/js/app.js" }));
        }
    }

    [Test]
    public void FileItems_UseTheirTargetPathAndRecursiveDirMetadata()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "12345678");
        var index = temp.CreateFile("app/dist/index.html");
        var page = temp.CreateFile("app/dist/pages/a/page.html");
        var config = temp.CreateFile("app/config.json");
        var engine = new FakeBuildEngine();
        var globbed = new TaskItem(page);
        globbed.SetMetadata("RecursiveDir", "pages/a/");
        var renamed = new TaskItem(config);
        renamed.SetMetadata("TargetPath", "www/cfg/settings.json");
        var task = NewTask(engine, project, "12345678", new TaskItem(index), globbed, renamed);

        var result = task.Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.True);
            Assert.That(
                task.Files.ToDictionary(f => f.ItemSpec, f => f.GetMetadata("TargetPath")),
                Is.EquivalentTo(new Dictionary<string, string>
                {
                    [index] = "www/index.html",
                    [page] = "www/pages/a/page.html",
                    [config] = "www/cfg/settings.json",
                }));
        }
    }

    [Test]
    public void BadId_ReturnsFalseAndLogsOPK1001AtThePropertyInTheProject()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "1234");
        temp.CreateFile("app/dist/index.html");
        var (line, column) = ProjectText.PositionOfLast(File.ReadAllText(project), "<OfflinePackageId>");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, project, "1234", new TaskItem(temp.Combine("app/dist")));

        var result = task.Execute();

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        var error = engine.Errors[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(error.Code, Is.EqualTo("OPK1001"));
            Assert.That(error.File, Is.EqualTo(project));
            Assert.That(error.LineNumber, Is.EqualTo(line).And.EqualTo(3));
            Assert.That(error.ColumnNumber, Is.EqualTo(column).And.EqualTo(5));
            Assert.That(error.Message, Does.Contain("'1234'"));
            Assert.That(task.Files, Is.Empty);
        }
    }

    [Test]
    public void SeveralProblems_AreAllLogged()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "x");
        temp.CreateFile("app/dist/index.html");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, project, "x", new TaskItem(temp.Combine("app/dist")), new TaskItem(temp.Combine("app/missing")));
        task.PackageVersion = "1/0";

        var result = task.Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(engine.Errors.Select(e => e.Code), Is.EquivalentTo(new[] { "OPK1001", "OPK1003", "OPK2002" }));
        }
    }

    [Test]
    public void Junk_IsLoggedAsALowImportanceMessageNotAWarning()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "12345678");
        temp.CreateFile("app/dist/index.html");
        var junk = temp.CreateFile("app/dist/.DS_Store");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, project, "12345678", new TaskItem(temp.Combine("app/dist")));

        var result = task.Execute();

        var junkMessages = engine.Messages.Where(m => m.Code == "OPK2005").ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.True);
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(junkMessages, Has.Count.EqualTo(1));
            Assert.That(junkMessages.Select(m => m.File), Is.All.EqualTo(junk));
            Assert.That(junkMessages.Select(m => m.Importance), Is.All.EqualTo(MessageImportance.Low));
            Assert.That(task.Files.Select(f => f.GetMetadata("TargetPath")), Is.EqualTo(new[] { "www/index.html" }));
        }
    }

    [Test]
    public void HelpLink_OfAnError_IsAFileUriOfTheCodesPage_WhenTheBaseIsALocalFolder()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "1234");
        temp.CreateFile("app/dist/index.html");
        var docs = temp.CreateFolder("sdk docs/errors");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, project, "1234", new TaskItem(temp.Combine("app/dist")));
        task.HelpLinkBase = docs + Path.DirectorySeparatorChar;

        task.Execute();

        var link = engine.Errors.Single().HelpLink;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(link, Does.StartWith("file://"));
            Assert.That(link, Does.EndWith("/OPK1001.md"));
            Assert.That(new Uri(link).LocalPath, Is.EqualTo(Path.Combine(docs, "OPK1001.md")));
        }
    }

    [Test]
    public void InputsCache_IsWrittenOnSuccess_AndRewrittenOnlyWhenASettingChanges()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "12345678");
        temp.CreateFile("app/dist/index.html");
        var cache = temp.Combine("app/obj/offlinepackage/inputs.cache");

        PrepareOfflinePackage Run(string zip)
        {
            var setting = new TaskItem("zip");
            setting.SetMetadata("Value", zip);
            var task = NewTask(new FakeBuildEngine(), project, "12345678", new TaskItem(temp.Combine("app/dist")));
            task.InputsCacheFile = cache;
            task.OutputSettings = new ITaskItem[] { setting };
            Assert.That(task.Execute(), Is.True);
            return task;
        }

        Run("/out/a.zip");
        var first = File.ReadAllText(cache);
        File.SetLastWriteTimeUtc(cache, LongAgo);
        Run("/out/a.zip");
        var unchangedTime = File.GetLastWriteTimeUtc(cache);
        Run("/out/b.zip");
        var second = File.ReadAllText(cache);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Does.Contain(temp.Combine("app/dist/index.html")).And.Contain("/out/a.zip"));
            Assert.That(unchangedTime, Is.EqualTo(LongAgo));
            Assert.That(second, Is.Not.EqualTo(first));
        }
    }

    [Test]
    public void NoInputsCacheFile_WritesNoCache()
    {
        using var temp = new TempDirectory();
        var project = WriteProject(temp, "12345678");
        temp.CreateFile("app/dist/index.html");
        var task = NewTask(new FakeBuildEngine(), project, "12345678", new TaskItem(temp.Combine("app/dist")));

        Assert.That(task.Execute(), Is.True);
        Assert.That(Directory.GetFiles(temp.Root, "*.cache", SearchOption.AllDirectories), Is.Empty);
    }
}
