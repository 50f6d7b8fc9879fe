using System.IO.Compression;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class ZipPackageWriterTests
{
    private const string Id = "12345678";

    private static readonly DateTime Timestamp = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

    [Test]
    public void Layout_AddsTheIdFolderAndEveryIntermediateFolderOnce_InOrdinalOrder()
    {
        var layout = ZipPackageWriter.Layout(Id, new[]
        {
            new ZipSource("/s/x.js", "a/x.js"),
            new ZipSource("/s/y.js", "a-b/y.js"),
            new ZipSource("/s/a.js", "a.js"),
            new ZipSource("/s/z.js", "a/z.js"),
        });

        // Ordinal: '-' (0x2D) < '.' (0x2E) < '/' (0x2F), so "a-b/" and "a.js" come before "a/".
        Assert.That(layout.Select(e => (e.Key, e.Value)), Is.EqualTo(new (string, string?)[]
        {
            ("12345678/", null),
            ("12345678/a-b/", null),
            ("12345678/a-b/y.js", "/s/y.js"),
            ("12345678/a.js", "/s/a.js"),
            ("12345678/a/", null),
            ("12345678/a/x.js", "/s/x.js"),
            ("12345678/a/z.js", "/s/z.js"),
        }));
    }

    [Test]
    public void Layout_DeepPaths_GetEveryAncestorFolderExactlyOnce()
    {
        var layout = ZipPackageWriter.Layout(Id, new[]
        {
            new ZipSource("/s/1", "www/a/b/c/d.js"),
            new ZipSource("/s/2", "www/a/b/e.js"),
            new ZipSource("/s/3", "www/f/g.js"),
            new ZipSource("/s/4", "www/a/h.js"),
        });
        var folders = layout.Where(e => e.Value == null).Select(e => e.Key).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folders, Is.EqualTo(new[]
            {
                "12345678/", "12345678/www/", "12345678/www/a/", "12345678/www/a/b/", "12345678/www/a/b/c/", "12345678/www/f/",
            }));
            Assert.That(layout.Select(e => e.Key), Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(layout.Where(e => e.Value != null).Select(e => e.Key), Has.Exactly(4).Items);
        }
    }

    [Test]
    public void Layout_OfNoFiles_IsTheIdFolderAlone()
    {
        Assert.That(ZipPackageWriter.Layout(Id, Array.Empty<ZipSource>()).Select(e => e.Key), Is.EqualTo(new[] { "12345678/" }));
    }

    [Test]
    public void Write_ProducesAZipWhoseOnlyRootEntryIsTheIdFolder()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html", "<html></html>");
        var app = temp.CreateFile("dist/js/app.js", "console.log(1)");
        var zip = temp.Combine("out/12345678_1.0.0.0.zip");

        ZipPackageWriter.Write(zip, Id, new[] { new ZipSource(index, "www/index.html"), new ZipSource(app, "www/js/app.js") }, Timestamp);

        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names.Select(n => n.Split('/')[0]).Distinct(), Is.EqualTo(new[] { Id }));
            Assert.That(names.Where(n => n.TrimEnd('/').IndexOf('/') < 0), Is.EqualTo(new[] { "12345678/" }));
            Assert.That(names, Is.EquivalentTo(new[] { "12345678/", "12345678/www/", "12345678/www/index.html", "12345678/www/js/", "12345678/www/js/app.js" }));
            Assert.That(new StreamReader(archive.GetEntry("12345678/www/js/app.js")!.Open()).ReadToEnd(), Is.EqualTo("console.log(1)"));
            Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(new DateTime(2023, 11, 14, 22, 13, 20)));
            Assert.That(temp.FileNamesIn("out"), Is.EqualTo(new[] { "12345678_1.0.0.0.zip" }));
        }
    }

    [Test]
    public void Write_SameInputTwice_GivesIdenticalBytes()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html", "<html></html>");
        var files = new[] { new ZipSource(index, "www/index.html") };

        ZipPackageWriter.Write(temp.Combine("one.zip"), Id, files, Timestamp);
        ZipPackageWriter.Write(temp.Combine("two.zip"), Id, files, Timestamp);

        Assert.That(File.ReadAllBytes(temp.Combine("two.zip")), Is.EqualTo(File.ReadAllBytes(temp.Combine("one.zip"))));
    }

    [Test]
    public void Write_FailingMidway_LeavesThePreviousZipByteIdenticalAndNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html", "<html></html>");
        var zip = temp.Combine("out/12345678_1.0.0.0.zip");
        ZipPackageWriter.Write(zip, Id, new[] { new ZipSource(index, "www/index.html") }, Timestamp);
        var before = File.ReadAllBytes(zip);
        var missing = temp.Combine("dist/deleted.js");

        // www/index.html is written before www/z.js fails to open.
        var thrown = Assert.Throws<SourceReadException>(() => ZipPackageWriter.Write(
            zip,
            Id,
            new[] { new ZipSource(index, "www/index.html"), new ZipSource(missing, "www/z.js") },
            Timestamp));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown!.Path, Is.EqualTo(missing));
            Assert.That(File.ReadAllBytes(zip), Is.EqualTo(before));
            Assert.That(temp.FileNamesIn("out"), Is.EqualTo(new[] { "12345678_1.0.0.0.zip" }));
        }
    }

    [Test]
    public void Write_FailingWithNoPreviousZip_LeavesNothingBehind()
    {
        using var temp = new TempDirectory();
        temp.CreateFolder("out");
        var zip = temp.Combine("out/12345678_1.0.0.0.zip");

        Assert.That(
            () => ZipPackageWriter.Write(zip, Id, new[] { new ZipSource(temp.Combine("nope.js"), "www/nope.js") }, Timestamp),
            Throws.InstanceOf<SourceReadException>());
        Assert.That(temp.FileNamesIn("out"), Is.Empty);
    }

    [Test]
    public void Write_Cancelled_ThrowsAndLeavesNothingBehind()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html", "<html></html>");
        temp.CreateFolder("out");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.That(
            () => ZipPackageWriter.Write(temp.Combine("out/p.zip"), Id, new[] { new ZipSource(index, "www/index.html") }, Timestamp, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(temp.FileNamesIn("out"), Is.Empty);
    }
}
