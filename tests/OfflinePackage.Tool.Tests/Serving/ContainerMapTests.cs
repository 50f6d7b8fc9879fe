using System.Text;
using OfflinePackage.Tool.Packages;
using OfflinePackage.Tool.Serving;

namespace OfflinePackage.Tool.Tests.Serving;

public class ContainerMapTests
{
    private static PackageContent Package(string host, params string[] paths) =>
        new("20171228", "1.0.0.0", paths.ToDictionary(p => p, p => Encoding.UTF8.GetBytes(p), StringComparer.Ordinal), host: host);

    private static readonly ContainerMap Map = new(
        Package("https://20171228.h5app.com", "www/index.html", "www/assets/app.js", "www/a b.png", "assets/root.css"),
        [Package("https://77777777.h5app.com", "mcube-prod.mpaascloud.com/53E5279071442_test/common.js")]);

    [TestCase("https://20171228.h5app.com/www/index.html", "www/index.html", "text/html; charset=utf-8")]
    [TestCase("https://20171228.H5APP.com/www/assets/app.js?v=3#x", "www/assets/app.js", "text/javascript; charset=utf-8")]
    [TestCase("https://20171228.h5app.com/www/a%20b.png", "www/a b.png", "image/png")]
    [TestCase("https://20171228.h5app.com/assets/root.css", "assets/root.css", "text/css; charset=utf-8")]
    [TestCase("https://MCUBE-prod.mpaascloud.com/53E5279071442_test/common.js", "mcube-prod.mpaascloud.com/53E5279071442_test/common.js", "text/javascript; charset=utf-8")]
    public void AnswersFromThePackageByTheContainersMapping(string url, string path, string contentType)
    {
        var file = Map.Resolve(url);

        Assert.That(file, Is.Not.Null);
        Assert.That((file!.PackagePath, Encoding.UTF8.GetString(file.Data), file.ContentType), Is.EqualTo((path, path, contentType)));
    }

    [TestCase("https://20171228.h5app.com/www/Index.html", TestName = "letter case counts")]
    [TestCase("https://20171228.h5app.com/assets/app.js", TestName = "root-absolute misses www")]
    [TestCase("http://20171228.h5app.com/www/index.html", TestName = "another scheme is another origin")]
    [TestCase("https://cdn.example.com/www/index.html", TestName = "another host")]
    [TestCase("http://mcube-prod.mpaascloud.com/53E5279071442_test/common.js", TestName = "global packages answer https only")]
    [TestCase("https://mcube-prod.mpaascloud.com/53E5279071442_test/other.js", TestName = "a global URL no global package holds")]
    [TestCase("data:text/plain,x", TestName = "not http")]
    public void RefusesWhatThePackageDoesNotHold(string url)
    {
        Assert.That(Map.Resolve(url), Is.Null);
    }

    [Test]
    public void ThePlaceholderHostStandsInWithoutAVirtualDomain()
    {
        var package = Package(null!, "www/index.html");

        Assert.That(package.EntryUrl, Is.EqualTo("https://20171228.offline-package.invalid/www/index.html"));
        Assert.That(new ContainerMap(package).Resolve(package.EntryUrl), Is.Not.Null);
    }
}
