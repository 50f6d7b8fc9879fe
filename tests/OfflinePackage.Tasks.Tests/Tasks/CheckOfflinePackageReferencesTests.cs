using Microsoft.Build.Utilities;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Tasks;

public class CheckOfflinePackageReferencesTests
{
    [Test]
    public void StrictMode_MakesTheNetworkWarningAnError_AlsoWhenTheFindingsAreReplayed()
    {
        using var dir = new TempDirectory();
        var page = dir.CreateFile("dist/index.html", "<html><head><script src=\"https://cdn.example.com/a.js\"></script></head></html>");
        var cache = dir.Combine("obj/references.cache");

        var checkedNow = Run(page, cache);
        var replayed = Run(page, cache);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(cache + ".results"), Is.True, "the second run replays the first one's findings");
            Assert.That(checkedNow.Errors.Select(e => e.Code), Is.EqualTo(new[] { "OPK7007" }));
            Assert.That(replayed.Errors.Select(e => e.Code), Is.EqualTo(new[] { "OPK7007" }));
            Assert.That(checkedNow.Warnings.Concat(replayed.Warnings), Is.Empty);
        }
    }

    private static FakeBuildEngine Run(string page, string cache)
    {
        var engine = new FakeBuildEngine();
        var file = new TaskItem(page);
        file.SetMetadata("TargetPath", "www/index.html");
        var task = new CheckOfflinePackageReferences
        {
            BuildEngine = engine,
            Files = [file],
            PackageId = "20171228",
            PackageType = "Normal",
            CacheFile = cache,
            Strict = true,
        };

        task.Execute();
        return engine;
    }
}
