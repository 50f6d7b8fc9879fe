using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class NameRulesTests
{
    private static IReadOnlyList<Diagnostic> Check(IPackageRule rule, params string[] targets) =>
        rule.Check(Models.WithTargets(Models.Options(), targets)).ToList();

    [Test]
    public void AFolderWithABadNameIsReportedOnceNotPerFile()
    {
        var found = Check(new UrlSafeNameRule(), "www/my folder/a.js", "www/my folder/b.js", "www/ok.js");

        Assert.That(found.Select(d => d.Args[0]), Is.EqualTo(new[] { "www/my folder/" }));
        Assert.That(found.Single().Code, Is.EqualTo("OPK2006"));
    }

    [TestCase("www/a@2x.png", "'@'")]
    [TestCase("www/a b+c.js", "' ' (space) '+'")]
    [TestCase("www/a&b(1).js", "'&' '(' ')'")]
    public void UrlRuleNamesTheCharactersFound(string target, string characters) =>
        Assert.That(Check(new UrlSafeNameRule(), target).Single().Message, Does.Contain(characters));

    [TestCase("www/index-3f2A_b.min.js")]
    [TestCase("www/a/b/c.d.e")]
    public void SafeNamesPass(string target)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(new UrlSafeNameRule(), target), Is.Empty);
            Assert.That(Check(new AsciiNameRule(), target), Is.Empty);
            Assert.That(Check(new ForbiddenCharacterRule(), target), Is.Empty);
            Assert.That(Check(new UrlBreakingNameRule(), target), Is.Empty);
        }
    }

    [TestCase("www/page#2.html", "www/page#2.html", "'#'")]
    [TestCase("www/search?.html", "www/search?.html", "'?'")]
    [TestCase("www/a?b#c/x.js", "www/a?b#c/", "'?' '#'")]
    public void HashAndQuestionMarkAreTheUrlBreakingError(string target, string reported, string characters)
    {
        var found = Check(new UrlBreakingNameRule(), target).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((found.Code, found.Severity), Is.EqualTo(("OPK2018", Severity.Error)));
            Assert.That(found.Args[0], Is.EqualTo(reported));
            Assert.That(found.Message, Does.Contain(characters));
            Assert.That(Check(new UrlSafeNameRule(), target), Is.Empty, "one problem, one code: not also OPK2006");
        }
    }

    [Test]
    public void UrlBreakingNamesAreNotWaivedAndCountInGlobalPackagesToo()
    {
        var waived = new ResourceSpec("dist", "/src/dist", Models.ProjectFile) { AllowUnsafeNames = true };
        var global = new ResourceSpec("shared", "/src/shared", Models.ProjectFile) { Kind = PackageType.Global };
        var model = new PackageModel(Models.Options(), new[]
        {
            new PackageFile("/src/dist/a#b.js", "www/a#b.js", waived, "a#b.js"),
            new PackageFile("/src/shared/c?.js", "host/x_y/c?.js", global, "c?.js"),
        });

        Assert.That(new UrlBreakingNameRule().Check(model).Select(d => (d.Code, d.Args[0])), Is.EquivalentTo(new[] { ("OPK2018", (object)"www/a#b.js"), ("OPK2018", (object)"host/x_y/c?.js") }));
    }

    [Test]
    public void OtherUrlCharactersStayTheWaivableWarning()
    {
        var found = Check(new UrlSafeNameRule(), "www/100%.png", "www/a b.png", "www/icon@3x.png");

        Assert.That(found.Select(d => (d.Code, d.Severity)), Is.EqualTo(Enumerable.Repeat(("OPK2006", Severity.Warning), 3)));
        Assert.That(Check(new UrlBreakingNameRule(), "www/100%.png", "www/a b.png", "www/icon@3x.png"), Is.Empty);
    }

    [Test]
    public void NonAsciiIsItsOwnRuleAndNotAUrlWarning()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(new AsciiNameRule(), "www/图片.png").Select(d => d.Code), Is.EqualTo(new[] { "OPK2008" }));
            Assert.That(Check(new UrlSafeNameRule(), "www/图片.png"), Is.Empty);
        }
    }

    [Test]
    public void GlobalFilesGetTheErrorCodeAndOnlyTheirOwnNamesAreChecked()
    {
        var origin = new ResourceSpec("shared", "/src/shared", Models.ProjectFile) { Kind = PackageType.Global };
        var file = new PackageFile("/src/shared/a b.js", "host:8080/x_y/a b.js", origin, "a b.js");
        var model = new PackageModel(Models.Options(), new[] { file });

        var found = new UrlSafeNameRule().Check(model).ToList();

        Assert.That(found.Select(d => (d.Code, d.Args[0])), Is.EqualTo(new[] { ("OPK2007", (object)"host:8080/x_y/a b.js") }), "':' of the port in the computed domain folder is not reported");
    }

    [Test]
    public void PathLengthCountsBytesBelowTheIdFolderAndWarnsForTheZipName()
    {
        var exactly100 = "www/" + new string('a', 96);
        var over = "www/" + new string('a', 97);
        var zipOnly = "www/" + new string('a', 90);

        var found = Check(new PathLengthRule(), exactly100, over, zipOnly);

        Assert.That(found.Select(d => (d.Code, d.Args[1])), Is.EquivalentTo(new[] { ("OPK2010", (object)(100 + 9)), ("OPK2009", (object)101), ("OPK2010", (object)(94 + 9)) }));
    }

    [Test]
    public void CaseCollisionBelowAFolderThatAlreadyCollided_IsStillReported()
    {
        // The second "a/C/" file must still look up "a/C/", which the first "a/C/" file never reached.
        var found = Check(new CaseCollisionRule(), "A/c/2.js", "a/C/1.js", "a/C/4.js");

        Assert.That(found.Select(d => (d.Args[0], d.Args[1])), Is.EqualTo(new[] { ((object)"A/", (object)"a/"), ("A/c/", "a/C/") }));
    }

    [TestCase("www/a\\b/c.js", "www/a\\b/")]
    [TestCase("www/x/a\tb", "www/x/a\tb")]
    public void ForbiddenCharactersNameTheFolderOrFileTheyAreIn(string target, string reported) =>
        Assert.That(Check(new ForbiddenCharacterRule(), target).Single().Args[0], Is.EqualTo(reported));

    [Test]
    public void EveryNameRuleFindsItsOwnOffendersInOneModel()
    {
        // The rules share one pass over the model's files; each must still report only what breaks its own rule.
        var model = Models.WithTargets(Models.Options(), "www/a b.js", "www/c#.js", "www/图.js", "www/d\\e.js", "www/ok.js");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new UrlSafeNameRule().Check(model).Select(d => d.Args[0]), Is.EqualTo(new[] { "www/a b.js" }));
            Assert.That(new UrlBreakingNameRule().Check(model).Select(d => d.Args[0]), Is.EqualTo(new[] { "www/c#.js" }));
            Assert.That(new AsciiNameRule().Check(model).Select(d => d.Args[0]), Is.EqualTo(new[] { "www/图.js" }));
            Assert.That(new ForbiddenCharacterRule().Check(model).Select(d => d.Args[0]), Is.EqualTo(new[] { "www/d\\e.js" }));
            Assert.That(new UrlSafeNameRule().Check(model).Select(d => d.Args[0]), Is.EqualTo(new[] { "www/a b.js" }), "asked again");
        }
    }

    [Test]
    public void CaseCollisionsOfFoldersAreReportedOnce()
    {
        var found = Check(new CaseCollisionRule(), "www/App/a.js", "www/app/b.js", "www/app/c.js");

        Assert.That(found.Select(d => (d.Args[0], d.Args[1])), Is.EqualTo(new[] { ((object)"www/App/", (object)"www/app/") }));
    }
}
