using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class MainEntryRuleTests
{
    private static List<Diagnostic> Check(string mainUrl, params string[] targets) =>
        new MainEntryRule().Check(Models.WithTargets(Models.Options(mainUrl: mainUrl), targets)).ToList();

    [TestCase("/www/index.html")]
    [TestCase("/www/index.html?from=push")]
    [TestCase("/www/index.html#/home")]
    [TestCase("/www/index.html?a=1#/b?c=2")]
    [TestCase("/www/index.html#/b?c=2")]
    public void MainUrlNamingAPackagedFile_IsFine_IgnoringQueryAndHash(string mainUrl)
    {
        Assert.That(Check(mainUrl, "www/app.js", "www/index.html"), Is.Empty);
    }

    [Test]
    public void MainUrlAtTheIdFolderRoot_IsFine()
    {
        // Alibaba's own demo package has index.html directly under the ID folder (spec 1.2).
        Assert.That(Check("/index.html", "index.html"), Is.Empty);
    }

    [TestCase("/www/index.html?x", "www/index.html")]
    [TestCase("/www/a.html#h", "www/a.html")]
    [TestCase("/index.html", "index.html")]
    [TestCase("/www/index.html", "www/index.html")]
    public void EntryPath_DropsTheLeadingSlashQueryAndHash(string mainUrl, string expected)
    {
        Assert.That(MainEntryRule.EntryPath(mainUrl), Is.EqualTo(expected));
    }

    [TestCase("www/index.html")]
    [TestCase("index.html")]
    [TestCase("")]
    public void MainUrlWithoutLeadingSlash_ReportsOPK1004Only(string mainUrl)
    {
        var diagnostics = Check(mainUrl, "www/app.js");

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK1004"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostics[0].Message, Does.Contain("'" + mainUrl + "'"));
        }
    }

    [Test]
    public void MainUrlWithoutLeadingSlash_PointsAtTheMainUrlProperty()
    {
        using var temp = new TempDirectory();
        var text = "<Project>\n  <PropertyGroup>\n    <OfflinePackageId>12345678</OfflinePackageId>\n\t<OfflinePackageMainUrl>www/index.html</OfflinePackageMainUrl>\n  </PropertyGroup>\n</Project>\n";
        var project = temp.CreateFile("app.csproj", text);
        var (line, column) = ProjectText.PositionOfLast(text, "<OfflinePackageMainUrl>");
        var model = Models.WithTargets(Models.Options(mainUrl: "www/index.html"), "www/index.html");

        var diagnostic = new MainEntryRule().Check(model).Single();

        var located = TaskDiagnostics.Locate(diagnostic.Subject, project);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(located.File, Is.EqualTo(project));
            Assert.That(located.Line, Is.EqualTo(line).And.EqualTo(4));
            Assert.That(located.Column, Is.EqualTo(column).And.EqualTo(2));
        }
    }

    [Test]
    public void MissingMainEntry_ReportsOPK1002WithThePathInsideThePackage()
    {
        var diagnostics = new MainEntryRule().Check(Models.WithTargets(Models.Options(id: "20171228", mainUrl: "/www/index.html?x=1"), "www/app.js")).ToList();

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK1002"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostics[0].Message, Does.Contain("'/www/index.html?x=1'").And.Contain("'20171228/www/index.html'"));
        }
    }

    [Test]
    public void MissingMainEntry_WithADifferentlyCasedFile_NamesThatFile()
    {
        var hinted = Check("/www/index.html", "www/Index.html", "www/app.js").Single();
        var plain = Check("/www/index.html", "www/other.html", "www/app.js").Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hinted.Code, Is.EqualTo("OPK1002"));
            Assert.That(hinted.Message, Does.Contain("/www/Index.html"));
            Assert.That(plain.Message, Does.Not.Contain("Index.html").And.Not.Contain("other.html"));
        }
    }

    [Test]
    public void EmptyPackage_IsLeftToTheNoResourcesRule()
    {
        var model = new PackageModel(Models.Options(mainUrl: "/www/index.html"), Array.Empty<PackageFile>());

        Assert.That(new MainEntryRule().Check(model), Is.Empty);
    }

    [Test]
    public void DefaultRuleSet_OnAnEmptyPackage_ReportsOnlyTheEmptiness()
    {
        var model = new PackageModel(Models.Options(), Array.Empty<PackageFile>());

        var codes = RuleSet.Default.SelectMany(r => r.Check(model)).Select(d => d.Code);

        Assert.That(codes, Is.EqualTo(new[] { "OPK2001" }));
    }
}
