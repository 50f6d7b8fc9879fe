using OfflinePackage.Packaging;
using OfflinePackage.References;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.References;

/// <summary>The whole stage over real files: parsing, the per-file cache in obj/, and files left out of the check.</summary>
public class ReferenceCheckTests
{
    private static readonly ReferenceCheckOptions Options = new("20171228", PackageType.Normal);

    private static List<PackageFile> Files(TempDirectory dir, params string[] targets) =>
        targets.Select(t => new PackageFile(dir.Combine("dist/" + t), "www/" + t, new ResourceSpec("dist", dir.Combine("dist"), Models.ProjectFile))).ToList();

    [Test]
    public void AnUnchangedFileComesFromTheCacheAndAChangedOneIsParsedAgain()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/index.html", "<html><head><script src=\"/app.js\"></script></head></html>");
        dir.CreateFile("dist/app.js", "console.log(1)");
        var cache = dir.Combine("obj/references.cache");
        var files = Files(dir, "app.js", "index.html");

        var first = ReferenceCheck.Run(Options, files, _ => true, cache);
        // A cache entry that differs from the file proves the second run read the cache, not the file.
        File.WriteAllText(cache, File.ReadAllText(cache).Replace("/app.js", "/other.js"));
        File.Delete(cache + ".results");
        var second = ReferenceCheck.Run(Options, files, _ => true, cache);
        dir.CreateFile("dist/index.html", "<html><head><script src=\"./app.js\"></script></head></html>");
        File.SetLastWriteTimeUtc(dir.Combine("dist/index.html"), DateTime.UtcNow.AddMinutes(1));
        var third = ReferenceCheck.Run(Options, files, _ => true, cache);

        Assert.That(first.Select(d => d.Args[0]), Is.EqualTo(new[] { "/app.js" }));
        Assert.That(second.Select(d => d.Args[0]), Is.EqualTo(new[] { "/other.js" }));
        Assert.That(third, Is.Empty);
    }

    [Test]
    public void AFileLeftOutIsNotReadButCanStillBeReferenced()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/index.html", "<html><head><script src=\"./vendor/lib.js\"></script></head></html>");
        dir.CreateFile("dist/vendor/lib.js", "import '/nowhere.js';");
        var files = Files(dir, "index.html", "vendor/lib.js");

        var all = ReferenceCheck.Run(Options, files, _ => true, string.Empty);
        var withoutVendor = ReferenceCheck.Run(Options, files, f => !f.TargetPath.StartsWith("www/vendor/"), string.Empty);

        Assert.That(all.Select(d => d.Code), Is.EqualTo(new[] { "OPK7001" }));
        Assert.That(withoutVendor, Is.Empty);
    }

    [Test]
    public void ACacheOfAnotherVersionOrGarbageIsIgnored()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/index.html", "<html><head><script src=\"/app.js\"></script></head></html>");
        var cache = dir.CreateFile("obj/references.cache", "offlinepackage-references 0\nF\tgarbage");

        var diagnostics = ReferenceCheck.Run(Options, Files(dir, "index.html"), _ => true, cache);

        Assert.That(diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK7001" }));
        Assert.That(File.ReadAllText(cache), Does.StartWith("offlinepackage-references 1\n"));
    }

    [Test]
    public void UnchangedInputsReplayTheLastFindingsAndAChangeChecksAgain()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/index.html", "<html><head><script src=\"https://cdn.example.com/a.js\"></script></head></html>");
        var cache = dir.Combine("obj/references.cache");
        var files = Files(dir, "index.html");

        var first = ReferenceCheck.Run(Options, files, _ => true, cache);
        // Findings that differ from what the files say prove the second run replayed them instead of checking.
        File.WriteAllText(cache + ".results", File.ReadAllText(cache + ".results").Replace("cdn.example.com", "replayed.example.com"));
        var replayed = ReferenceCheck.Run(Options, files, _ => true, cache);
        var otherOptions = ReferenceCheck.Run(new ReferenceCheckOptions("20171228", PackageType.Normal) { NetworkHosts = new[] { "cdn.example.com" } }, files, _ => true, cache);

        Assert.That(first.Select(d => d.Args[1]), Is.EqualTo(new[] { "cdn.example.com" }));
        Assert.That(replayed.Select(d => (d.Code, d.Args[1], d.Subject.Line)), Is.EqualTo(new[] { ("OPK7007", (object)"replayed.example.com", 1) }));
        Assert.That(otherOptions, Is.Empty, "another option is another fingerprint");
    }

    [Test]
    public void AByteOrderMarkIsNotPartOfTheText()
    {
        using var dir = new TempDirectory();
        const string css = "a{background:url(/missing.png)}";
        dir.CreateFile("dist/site.css", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(css)).ToArray());

        var diagnostic = ReferenceCheck.Run(Options, Files(dir, "site.css"), _ => true, string.Empty).Single();

        Assert.That((diagnostic.Subject.Line, diagnostic.Subject.Column), Is.EqualTo((1, css.IndexOf("/missing", StringComparison.Ordinal) + 1)));
    }
}
