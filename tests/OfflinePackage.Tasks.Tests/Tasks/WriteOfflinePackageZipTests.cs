using System.IO.Compression;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Rules;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Tasks;

public class WriteOfflinePackageZipTests
{
    private static ITaskItem FileItem(string source, string targetPath)
    {
        var item = new TaskItem(source);
        item.SetMetadata("TargetPath", targetPath);
        return item;
    }

    private static WriteOfflinePackageZip NewTask(FakeBuildEngine engine, string zip, params ITaskItem[] files) =>
        new()
        {
            BuildEngine = engine,
            PackageId = "12345678",
            ZipPath = zip,
            Files = files,
        };

    [Test]
    public void WritesTheZip()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html", "<html>hi</html>");
        var app = temp.CreateFile("dist/js/app.js", "go()");
        var zip = temp.Combine("bin/12345678_1.0.0.0.zip");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, zip, FileItem(index, "www/index.html"), FileItem(app, "www/js/app.js"));
        task.SourceDateEpoch = "1700000000";

        var result = task.Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.True);
            Assert.That(engine.Errors, Is.Empty);
        }

        using var archive = ZipFile.OpenRead(zip);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                archive.Entries.Select(e => e.FullName),
                Is.EqualTo(new[] { "12345678/", "12345678/www/", "12345678/www/index.html", "12345678/www/js/", "12345678/www/js/app.js" }));
            Assert.That(new StreamReader(archive.GetEntry("12345678/www/index.html")!.Open()).ReadToEnd(), Is.EqualTo("<html>hi</html>"));
            Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(new DateTime(2023, 11, 14, 22, 13, 20)));
        }
    }

    [TestCase("")]
    [TestCase("not-a-number")]
    public void WithoutAUsableSourceDateEpoch_EntriesAreDated1980(string sourceDateEpoch)
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var zip = temp.Combine("p.zip");
        var task = NewTask(new FakeBuildEngine(), zip, FileItem(index, "www/index.html"));
        task.SourceDateEpoch = sourceDateEpoch;

        Assert.That(task.Execute(), Is.True);

        using var archive = ZipFile.OpenRead(zip);
        Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(new DateTime(1980, 1, 1, 0, 0, 0)));
    }

    [Test]
    public void MissingSourceFile_LogsOPK3001AndReturnsFalse_LeavingThePreviousZip()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var zip = temp.Combine("bin/p.zip");
        Assert.That(NewTask(new FakeBuildEngine(), zip, FileItem(index, "www/index.html")).Execute(), Is.True);
        var before = File.ReadAllBytes(zip);
        var missing = temp.Combine("dist/gone.js");
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, zip, FileItem(index, "www/index.html"), FileItem(missing, "www/gone.js"));

        var result = false;
        Assert.That(() => result = task.Execute(), Throws.Nothing);

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(engine.Errors[0].Code, Is.EqualTo("OPK3001"));
            Assert.That(engine.Errors[0].File, Is.EqualTo(missing));
            Assert.That(engine.Errors[0].Message, Does.Contain(missing));
            Assert.That(File.ReadAllBytes(zip), Is.EqualTo(before));
            Assert.That(temp.FileNamesIn("bin"), Is.EqualTo(new[] { "p.zip" }));
        }
    }

    [Test]
    public void HelpLink_WithAWebBase_IsTheCodesPageUnderIt()
    {
        using var temp = new TempDirectory();
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, temp.Combine("p.zip"), FileItem(temp.Combine("missing.js"), "www/missing.js"));
        task.HelpLinkBase = "https://example.org/opk/errors/";

        task.Execute();

        Assert.That(engine.Errors.Single().HelpLink, Is.EqualTo("https://example.org/opk/errors/OPK3001.md"));
    }

    [Test]
    public void CancelledBeforeWriting_ReturnsFalseAndWritesNoZip()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var zip = temp.Combine("bin/p.zip");
        var task = NewTask(new FakeBuildEngine(), zip, FileItem(index, "www/index.html"));

        task.Cancel();
        var result = task.Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(File.Exists(zip), Is.False);
        }
    }

    [Test]
    public void TooManyEntries_LogsOPK4002AndWritesNoZip()
    {
        using var temp = new TempDirectory();
        var source = temp.CreateFile("dist/a.txt", string.Empty);
        var zip = temp.Combine("bin/p.zip");
        var engine = new FakeBuildEngine();

        // "12345678/" + "12345678/w/" + 65,533 files = 65,535 entries (0xFFFF, the Zip64 marker): one too many.
        var files = Enumerable.Range(0, 0xFFFF - 2)
            .Select(i => FileItem(source, "w/" + i.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var task = NewTask(engine, zip, files);

        var result = task.Execute();

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(engine.Errors[0].Code, Is.EqualTo("OPK4002"));
            Assert.That(engine.Errors[0].File, Is.EqualTo(zip));
            Assert.That(File.Exists(zip), Is.False);
        }
    }

    [TestCase("12345678")]
    [TestCase(" 12345678 ")]
    [TestCase("\n      12345678\n    ")]
    public void AnIdThatPrepareAccepts_GivesAZipWhoseRootFolderPassesTheIdRule(string id)
    {
        // MSBuild keeps the whitespace around <OfflinePackageId> 12345678 </OfflinePackageId>: both tasks get it
        // verbatim, so either the rules reject it or the zip's root folder is exactly the 8 digits.
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", "<Project><PropertyGroup><OfflinePackageId>" + id + "</OfflinePackageId></PropertyGroup></Project>");
        temp.CreateFile("dist/index.html");
        var prepareEngine = new FakeBuildEngine();
        var prepare = new PrepareOfflinePackage
        {
            BuildEngine = prepareEngine,
            ProjectFile = project,
            PackageId = id,
            Resources = new ITaskItem[] { new TaskItem(temp.Combine("dist")) },
        };
        if (!prepare.Execute())
        {
            Assert.That(prepareEngine.Errors.Select(e => e.Code), Is.EqualTo(new[] { "OPK1001" }));
            return;
        }

        var zip = temp.Combine("p.zip");
        var write = new WriteOfflinePackageZip { BuildEngine = new FakeBuildEngine(), PackageId = id, ZipPath = zip, Files = prepare.Files };

        Assert.That(write.Execute(), Is.True);

        using var archive = ZipFile.OpenRead(zip);
        var roots = archive.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().ToList();
        Assert.That(roots, Is.EqualTo(new[] { "12345678" }));
    }
}
