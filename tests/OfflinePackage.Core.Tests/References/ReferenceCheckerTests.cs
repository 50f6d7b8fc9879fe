using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.References;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.References;

/// <summary>Each kind of reference resolved against the container's URL space, with pages given as parsed HTML.</summary>
public class ReferenceCheckerTests
{
    private static readonly ReferenceCheckOptions Normal = new("20171228", PackageType.Normal) { VirtualDomain = "h5app.com" };

    private static IReadOnlyList<Diagnostic> Check(ReferenceCheckOptions options, string page, string html, params string[] otherFiles)
    {
        var files = otherFiles.Append(page).Select(p => Models.File(p)).OrderBy(f => f.TargetPath, StringComparer.Ordinal).ToList();
        var parsed = HtmlReferences.Extract(html);
        return ReferenceChecker.Check(options, files, f => f.TargetPath == page ? parsed : null);
    }

    private static IReadOnlyList<Diagnostic> CheckPage(string html, params string[] otherFiles) =>
        Check(Normal, "www/index.html", html, otherFiles);

    private static IReadOnlyList<string> Codes(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Code).ToList();

    [TestCase("<script src=\"./assets/app.js\"></script>")]
    [TestCase("<script src=\"assets/app.js?v=3#top\"></script>")]
    [TestCase("<script src=\"/www/assets/app.js\"></script>")]
    [TestCase("<script src=\"https://20171228.h5app.com/www/assets/app.js\"></script>")]
    [TestCase("<script src=\"//20171228.h5app.com/www/assets/app.js\"></script>")]
    [TestCase("<script src=\" assets/app.js \"></script>")]
    [TestCase("<script src=\"assets\\app.js\"></script>")]
    [TestCase("<img src=\"assets/my%20logo.png\">")]
    [TestCase("<base href=\"/www/assets/\"><script src=\"app.js\"></script>")]
    [TestCase("<img src=\"data:image/png;base64,AAAA\"><a href=\"#/about\">x</a><a href=\"mailto:a@b.c\">m</a><a href=\"tel:1\">t</a><a href=\"javascript:void(0)\">j</a><img src=\"\">")]
    public void ReferencesThatResolveInsideThePackageAreClean(string body)
    {
        Assert.That(CheckPage("<html><body>" + body + "</body></html>", "www/assets/app.js", "www/assets/my logo.png"), Is.Empty);
    }

    [Test]
    public void AViteBaseSlashAssetIsOpk7002AndNamesTheFileUnderTheMainFolder()
    {
        const string script = "<script type=\"module\" src=\"/assets/index-BQ1.js\"></script></head></html>";
        var diagnostics = CheckPage("<html><head>\n" + script, "www/assets/index-BQ1.js");

        var diagnostic = diagnostics.Single();
        Assert.That(diagnostic.Code, Is.EqualTo("OPK7002"));
        Assert.That(diagnostic.Severity, Is.EqualTo(Severity.Error));
        Assert.That((diagnostic.Subject.File, diagnostic.Subject.Line, diagnostic.Subject.Column), Is.EqualTo(("/src/www/index.html", 2, script.IndexOf("/assets", StringComparison.Ordinal) + 1)));
        Assert.That(diagnostic.Message, Does.Contain("'www/assets/index-BQ1.js'").And.Contain("base: './'").And.Contain("https://20171228.h5app.com/assets/index-BQ1.js"));
    }

    [Test]
    public void AMissingFileIsOpk7001()
    {
        var diagnostic = CheckPage("<html><body><img src=\"img/missing.png\"></body></html>").Single();

        Assert.That(diagnostic.Code, Is.EqualTo("OPK7001"));
        Assert.That(diagnostic.Message, Does.Contain("'www/img/missing.png'"));
    }

    [Test]
    public void ARelativeReferenceClimbingAboveTheRootIsOpk7003()
    {
        Assert.That(Codes(CheckPage("<html><body><img src=\"../../logo.png\"></body></html>", "www/logo.png")), Is.EqualTo(new[] { "OPK7003" }));
    }

    [Test]
    public void ClimbingThatStaysInsideThePackageIsFine()
    {
        Assert.That(Check(Normal, "www/pages/a.html", "<html><body><img src=\"../logo.png\"><img src=\"../../top.png\"></body></html>", "www/logo.png", "top.png"), Is.Empty);
    }

    [Test]
    public void OtherLetterCaseIsOpk7004NamingTheRealFile()
    {
        var diagnostic = CheckPage("<html><body><img src=\"Logo.PNG\"></body></html>", "www/logo.png").Single();

        Assert.That((diagnostic.Code, diagnostic.Message.Contains("'www/logo.png'")), Is.EqualTo(("OPK7004", true)));
    }

    [Test]
    public void NetworkUrlsWarnOncePerHost()
    {
        var diagnostics = CheckPage("<html><head><script src=\"https://cdn.example.com/a.js\"></script><script src=\"https://cdn.example.com/b.js\"></script>"
            + "<link rel=\"stylesheet\" href=\"//fonts.example.org/f.css\"></head></html>");

        Assert.That(diagnostics.Select(d => (d.Code, d.Severity)), Is.EqualTo(new[] { ("OPK7007", Severity.Warning), ("OPK7007", Severity.Warning) }));
        Assert.That(diagnostics.Select(d => d.Args[1]), Is.EqualTo(new[] { "cdn.example.com", "fonts.example.org" }));
    }

    [Test]
    public void AListedNetworkHostIsNotReported()
    {
        var options = new ReferenceCheckOptions("20171228", PackageType.Normal) { NetworkHosts = new[] { "CDN.example.com" } };

        Assert.That(Check(options, "www/index.html", "<html><head><script src=\"https://cdn.example.com/a.js\"></script></head></html>"), Is.Empty);
    }

    private const string GlobalScript = "<html><head><script src=\"https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js\"></script></head></html>";

    [Test]
    public void AGlobalUrlWithNoGlobalPackageKnownIsOneOpk7006()
    {
        var diagnostics = CheckPage(GlobalScript.Replace("</head>", "<script src=\"https://mcube-prod.mpaascloud.com/53E5279071442_test/other.js\"></script></head>"));

        Assert.That(Codes(diagnostics), Is.EqualTo(new[] { "OPK7006" }));
    }

    [Test]
    public void AGlobalUrlOfAKnownGlobalPackageIsClean()
    {
        var options = new ReferenceCheckOptions("20171228", PackageType.Normal) { KnownGlobalUrls = new[] { "https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js" } };

        Assert.That(Check(options, "www/index.html", GlobalScript), Is.Empty);
    }

    [Test]
    public void AGlobalUrlTheKnownGlobalPackagesLackIsOpk7005()
    {
        var options = new ReferenceCheckOptions("20171228", PackageType.Normal) { KnownGlobalUrls = new[] { "https://mcube-prod.mpaascloud.com/53E5279071442_test/react.js" } };

        Assert.That(Codes(Check(options, "www/index.html", GlobalScript)), Is.EqualTo(new[] { "OPK7005" }));
    }

    [Test]
    public void APrivateCloudDomainIsAGlobalHost()
    {
        var options = new ReferenceCheckOptions("20171228", PackageType.Normal) { ServerDomain = "mdsweb-outer.alipay.net" };

        Assert.That(Codes(Check(options, "www/index.html", "<html><head><script src=\"https://mdsweb-outer.alipay.net/mcube/53E_test/c.js\"></script></head></html>")), Is.EqualTo(new[] { "OPK7006" }));
    }

    [Test]
    public void AGlobalPackagesOwnRelativeReferencesResolveAtItsUrls()
    {
        var options = new ReferenceCheckOptions("77777777", PackageType.Global) { GlobalRoot = "mcube-prod.mpaascloud.com/53E5279071442_test" };
        const string root = "mcube-prod.mpaascloud.com/53E5279071442_test/";

        Assert.That(Check(options, root + "page.html", "<html><head><link rel=\"stylesheet\" href=\"css/a.css\"></head></html>", root + "css/a.css"), Is.Empty);
        Assert.That(Codes(Check(options, root + "page.html", "<html><head><link rel=\"stylesheet\" href=\"css/b.css\"></head></html>", root + "css/a.css")), Is.EqualTo(new[] { "OPK7001" }));
    }

    [Test]
    public void AScriptStringThatIsAFileSeenFromTheWrongRootIsOpk7008()
    {
        var files = new[] { Models.File("www/assets/index.js"), Models.File("www/icons.svg") };
        var script = JsReferences.Extract("const a = '/icons.svg'; const b = '/api/user'; const c = '/www/icons.svg';");

        var diagnostics = ReferenceChecker.Check(Normal, files, f => f.TargetPath.EndsWith(".js") ? script : null);

        Assert.That(diagnostics.Select(d => (d.Code, d.Severity, d.Args[0])), Is.EqualTo(new[] { ("OPK7008", Severity.Warning, (object)"/icons.svg") }));
    }

    [Test]
    public void AParseProblemIsOpk7009AtItsPosition()
    {
        var files = new[] { Models.File("www/app.js") };
        var broken = JsReferences.Extract("let s = 'unterminated\n';");

        var diagnostic = ReferenceChecker.Check(Normal, files, _ => broken).Single();

        Assert.That((diagnostic.Code, diagnostic.Subject.Line), Is.EqualTo(("OPK7009", 1)));
    }

    [Test]
    public void ModuleImportsResolveAgainstTheModuleNotThePage()
    {
        var files = new[] { Models.File("www/assets/index.js"), Models.File("www/assets/chunk.js") };
        var module = JsReferences.Extract("import './chunk.js'; import('/assets/chunk.js');");

        var diagnostics = ReferenceChecker.Check(Normal, files, f => f.TargetPath == "www/assets/index.js" ? module : null);

        Assert.That(Codes(diagnostics), Is.EqualTo(new[] { "OPK7002" }));
    }
}
