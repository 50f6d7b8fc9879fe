using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class DuplicateTargetPathRuleTests
{
    private static List<Diagnostic> Check(params PackageFile[] files) =>
        new DuplicateTargetPathRule().Check(new PackageModel(Models.Options(), files)).ToList();

    [Test]
    public void DistinctTargets_AreFine()
    {
        Assert.That(
            Check(Models.File("www/a.js", "/one/a.js"), Models.File("www/b.js", "/one/b.js"), Models.File("static/a.js", "/two/a.js")),
            Is.Empty);
    }

    [Test]
    public void TwoSourcesOnOneTarget_AreReportedNamingBothSources()
    {
        var diagnostics = Check(Models.File("www/app.js", "/dist/app.js"), Models.File("www/app.js", "/legacy/app.js"));

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK2003"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostics[0].Message, Does.Contain("'www/app.js'").And.Contain("/dist/app.js").And.Contain("/legacy/app.js"));
            Assert.That(diagnostics[0].Subject.File, Is.AnyOf("/dist/app.js", "/legacy/app.js"));
        }
    }

    [Test]
    public void DuplicatesListedFarApart_AreStillFound()
    {
        var diagnostics = Check(
            Models.File("www/z.js", "/a/z.js"),
            Models.File("www/m.js", "/a/m.js"),
            Models.File("www/b.js", "/a/b.js"),
            Models.File("www/z.js", "/b/z.js"));

        Assert.That(diagnostics.Select(d => d.Args[0]), Is.EqualTo(new[] { "www/z.js" }));
    }

    [Test]
    public void ThreeSourcesOnOneTarget_NameEverySource()
    {
        var diagnostics = Check(
            Models.File("www/a.js", "/one/a.js"),
            Models.File("www/a.js", "/two/a.js"),
            Models.File("www/a.js", "/three/a.js"));

        var text = string.Join("\n", diagnostics.Select(d => d.Message));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics, Has.Count.EqualTo(2));
            Assert.That(text, Does.Contain("/one/a.js").And.Contain("/two/a.js").And.Contain("/three/a.js"));
        }
    }

    [Test]
    public void TwoSeparateCollisions_AreBothReported()
    {
        var diagnostics = Check(
            Models.File("www/a.js", "/one/a.js"),
            Models.File("www/b.js", "/one/b.js"),
            Models.File("www/a.js", "/two/a.js"),
            Models.File("www/b.js", "/two/b.js"));

        Assert.That(diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK2003", "OPK2003" }));
    }

    [TestCase("www/app", "www/app/x.js")]
    [TestCase("www", "www/index.html")]
    [TestCase("www/a", "www/a/b/c/d.js")]
    public void FileWhosePathIsAFolderOfAnotherFile_IsReportedNamingBoth(string filePath, string pathInside)
    {
        var diagnostics = Check(Models.File(filePath, "/one/file"), Models.File(pathInside, "/two/inside"), Models.File("www/other.js", "/two/other.js"));

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK2003"));
            Assert.That(diagnostics[0].Message, Does.Contain("'" + filePath + "'").And.Contain("/one/file").And.Contain("/two/inside"));
        }
    }

    [TestCase("www/app.js", "www/app/x.js")]
    [TestCase("www/a", "www/ab/c.js")]
    [TestCase("www/a-b", "www/a/b.js")]
    [TestCase("static/a", "www/a/b.js")]
    public void PathsThatOnlyShareAPrefix_AreFine(string first, string second)
    {
        Assert.That(Check(Models.File(first, "/s/1"), Models.File(second, "/s/2")), Is.Empty);
    }

    [Test]
    public void ManyFilesInsideAFolderThatIsAlsoAFile_AreReportedOnce()
    {
        var diagnostics = Check(
            Models.File("www/app", "/one/app"),
            Models.File("www/app/a.js", "/two/a.js"),
            Models.File("www/app/b.js", "/two/b.js"),
            Models.File("www/app/c/d.js", "/two/d.js"));

        Assert.That(diagnostics.Select(d => d.Args[0]), Is.EqualTo(new[] { "www/app" }));
    }
}
