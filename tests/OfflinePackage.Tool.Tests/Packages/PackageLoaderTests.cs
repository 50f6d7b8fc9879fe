using System.IO.Compression;
using OfflinePackage.Tool.Packages;
using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests.Packages;

public class PackageLoaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void AZipsFilesAreKeyedByTheirPathBelowTheIdFolder()
    {
        var zip = TestPackages.Zip(_folder.Path, "20171228", [("www/index.html", "<p>x</p>"), ("www/js/app.js", "1")], "1.0.0.3");

        var package = PackageLoader.Load(zip).Single();

        Assert.That((package.Id, package.Version, package.MainUrl), Is.EqualTo(("20171228", "1.0.0.3", "/www/index.html")));
        Assert.That(package.Files.Keys, Is.EquivalentTo(new[] { "www/index.html", "www/js/app.js" }));
    }

    [Test]
    public void TheMainEntryIsIndexHtmlAtTheRootWhenOnlyThatExistsAndAnOptionOverridesIt()
    {
        var zip = TestPackages.Zip(_folder.Path, "20171228", [("index.html", "x"), ("pages/a.html", "y")]);

        Assert.That(PackageLoader.Load(zip).Single().MainUrl, Is.EqualTo("/index.html"));
        Assert.That(PackageLoader.Load(zip, "pages/a.html#/home").Single().EntryUrl, Is.EqualTo("https://20171228.offline-package.invalid/pages/a.html#/home"));
    }

    [Test]
    public void AZipWithoutOneIdFolderIsNotAPackage()
    {
        var zip = _folder.Combine("loose.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntry("index.html");
        }

        Assert.That(() => PackageLoader.Load(zip), Throws.TypeOf<PackageLoadException>().With.Message.Contains("one folder named after the package ID"));
    }

    [Test]
    public void ADamagedFileIsUnreadableNotACrash()
    {
        var zip = _folder.Combine("20171228_1.0.0.0.zip");
        File.WriteAllText(zip, "not a zip");

        Assert.That(() => PackageLoader.Load(zip), Throws.TypeOf<PackageLoadException>().With.Message.Contains("cannot be read"));
        Assert.That(() => PackageLoader.Load(_folder.Combine("none.zip")), Throws.TypeOf<PackageLoadException>().With.Message.Contains("does not exist"));
    }

    [Test]
    public void AnAmrHoldsItsTarsFilesAndTakesVhostAndMainUrlFromTheH5JsonBesideIt()
    {
        var amr = TestPackages.Amr(_folder.Path, "20171228", [("pages/home.html", "x"), ("pages/app.js", "y")]);
        File.WriteAllText(_folder.Combine("h5_json.json"), """
            {"config":{},"data":[{"app_id":"20171228","version":"1.0.0.0","vhost":"https://20171228.h5app.com","main_url":"/pages/home.html"}]}
            """);

        var package = PackageLoader.Load(amr).Single();

        Assert.That(package.Files.Keys, Is.EquivalentTo(new[] { "pages/home.html", "pages/app.js" }), "hpmfile.json is not a page resource");
        Assert.That(package.EntryUrl, Is.EqualTo("https://20171228.h5app.com/pages/home.html"));
    }

    [Test]
    public void APresetFolderListsEveryPackageOfItsH5Json()
    {
        TestPackages.Amr(_folder.Path, "20171228", [("www/index.html", "x")]);
        TestPackages.Amr(_folder.Path, "77777777", [("mcube-prod.mpaascloud.com/53E5279071442_test/common.js", "y")]);
        File.WriteAllText(_folder.Combine("h5_json.json"), """
            {"config":{},"data":[{"app_id":"20171228","version":"1.0.0.0","vhost":"https://20171228.h5app.com","main_url":"/www/index.html"},
                                 {"app_id":"77777777","version":"1.0.0.0","vhost":"https://77777777.h5app.com","main_url":""}]}
            """);

        var packages = PackageLoader.Load(_folder.Path);

        Assert.That(packages.Select(p => (p.Id, p.LooksGlobal)), Is.EqualTo(new[] { ("20171228", false), ("77777777", true) }));
    }
}
