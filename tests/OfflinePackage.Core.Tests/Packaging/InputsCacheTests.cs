using System.Text;
using OfflinePackage.Packaging;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Packaging;

public class InputsCacheTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static KeyValuePair<string, string>[] Settings(string version = "1.0.0.0", string zip = "/out/12345678_1.0.0.0.zip") =>
        new[]
        {
            new KeyValuePair<string, string>("id", "12345678"),
            new KeyValuePair<string, string>("version", version),
            new KeyValuePair<string, string>("zip", zip),
        };

    private static PackageFile[] Files(params (string Source, string Target)[] files) =>
        files.Select(f => Models.File(f.Target, f.Source)).ToArray();

    [Test]
    public void Render_SameInputs_GivesTheSameText()
    {
        var first = InputsCache.Render(Settings(), Files(("/d/index.html", "www/index.html"), ("/d/a.js", "www/a.js")));
        var second = InputsCache.Render(Settings(), Files(("/d/index.html", "www/index.html"), ("/d/a.js", "www/a.js")));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Render_ChangesWhenAFileIsRenamedOnlyByCase()
    {
        var before = InputsCache.Render(Settings(), Files(("/d/app.js", "www/app.js")));
        var after = InputsCache.Render(Settings(), Files(("/d/App.js", "www/App.js")));

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Render_ChangesWhenOnlyTheSourcePathChanges()
    {
        var before = InputsCache.Render(Settings(), Files(("/d/one/app.js", "www/app.js")));
        var after = InputsCache.Render(Settings(), Files(("/d/two/app.js", "www/app.js")));

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Render_ChangesWhenOnlyTheTargetPathChanges()
    {
        var before = InputsCache.Render(Settings(), Files(("/d/app.js", "www/app.js")));
        var after = InputsCache.Render(Settings(), Files(("/d/app.js", "static/app.js")));

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Render_ChangesWhenAFileIsDeleted()
    {
        var before = InputsCache.Render(Settings(), Files(("/d/a.js", "www/a.js"), ("/d/b.js", "www/b.js")));
        var after = InputsCache.Render(Settings(), Files(("/d/a.js", "www/a.js")));

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [TestCase("1.0.0.1", "/out/12345678_1.0.0.0.zip")]
    [TestCase("1.0.0.0", "/out/other.zip")]
    public void Render_ChangesWhenASettingChanges(string version, string zip)
    {
        var files = Files(("/d/a.js", "www/a.js"));
        var before = InputsCache.Render(Settings(), files);
        var after = InputsCache.Render(Settings(version, zip), files);

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Render_ChangesWhenASettingIsAdded()
    {
        var files = Files(("/d/a.js", "www/a.js"));
        var before = InputsCache.Render(Settings(), files);
        var after = InputsCache.Render(Settings().Append(new KeyValuePair<string, string>("sourceDateEpoch", "1700000000")), files);

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void WriteIfChanged_NewFile_WritesUtf8WithoutBomAndCreatesTheFolder()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("obj/offlinepackage/inputs.cache");
        const string content = "line one\nzweite Zeile ü\n";

        var wrote = InputsCache.WriteIfChanged(path, content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrote, Is.True);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(new UTF8Encoding(false).GetBytes(content)));
        }
    }

    [Test]
    public void WriteIfChanged_SameContent_ReturnsFalseAndLeavesTheFileUntouched()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("inputs.cache");
        const string content = "offline\npackage\n";
        InputsCache.WriteIfChanged(path, content);
        File.SetLastWriteTimeUtc(path, LongAgo);

        var wrote = InputsCache.WriteIfChanged(path, content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrote, Is.False);
            Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(LongAgo));
            Assert.That(File.ReadAllText(path), Is.EqualTo(content));
        }
    }

    [Test]
    public void WriteIfChanged_DifferentContent_ReturnsTrueAndRewrites()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("inputs.cache");
        InputsCache.WriteIfChanged(path, "a much longer old content\n");
        File.SetLastWriteTimeUtc(path, LongAgo);

        var wrote = InputsCache.WriteIfChanged(path, "new\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrote, Is.True);
            Assert.That(File.ReadAllText(path), Is.EqualTo("new\n"));
            Assert.That(File.GetLastWriteTimeUtc(path), Is.Not.EqualTo(LongAgo));
        }
    }

    [Test]
    public void WriteIfChanged_ContentDifferingOnlyByCase_Rewrites()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("inputs.cache");
        InputsCache.WriteIfChanged(path, "www/app.js\n");

        var wrote = InputsCache.WriteIfChanged(path, "www/App.js\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrote, Is.True);
            Assert.That(File.ReadAllText(path), Is.EqualTo("www/App.js\n"));
        }
    }
}
