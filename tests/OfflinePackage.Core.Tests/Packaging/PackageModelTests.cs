using OfflinePackage.Packaging;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Packaging;

public class PackageModelTests
{
    [Test]
    public void Files_AreSortedByTargetPathInOrdinalOrder()
    {
        // Ordinal: 'B' (0x42) < '_' (0x5F) < 'a' (0x61); '-' (0x2D) < '.' (0x2E) < '/' (0x2F).
        var model = Models.WithTargets(
            Models.Options(),
            "www/index.html", "www/a/b.js", "www/a.js", "www/a-b.js", "www/_x.js", "www/B.js");

        Assert.That(
            model.Files.Select(f => f.TargetPath),
            Is.EqualTo(new[] { "www/B.js", "www/_x.js", "www/a-b.js", "www/a.js", "www/a/b.js", "www/index.html" }));
    }

    [Test]
    public void FilesWithOneTargetPath_KeepTheOrderTheyWereListedIn()
    {
        // Enough files that an unstable sort would reorder the ties (small arrays are insertion-sorted).
        var listed = Enumerable.Range(0, 60).Select(i => Models.File(i % 3 == 0 ? "www/b.js" : "www/a.js", "/src/" + i)).ToList();

        var model = new PackageModel(Models.Options(), listed);

        var expected = listed.Where(f => f.TargetPath == "www/a.js").Concat(listed.Where(f => f.TargetPath == "www/b.js")).Select(f => f.SourcePath);
        Assert.That(model.Files.Select(f => f.SourcePath), Is.EqualTo(expected));
    }

    [Test]
    public void EmptyFolders_DefaultToEmpty()
    {
        var model = new PackageModel(Models.Options(), Array.Empty<PackageFile>());

        Assert.That(model.EmptyFolders, Is.Not.Null.And.Empty);
    }
}
