using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// The .amr writer refuses IDs and target paths with exceptions, since a build never gives it one: the rules
/// that run before it report each as its own code. These cases hold the rules to that: whatever passes them
/// without an error, the writer takes. (The version is the exception, checked by the .amr task: OPK1003 lets
/// through versions a file name holds but the .amr does not.)
/// </summary>
public class AmrWriterPreconditionTests
{
    private static IEnumerable<TestCaseData> TargetPathLists()
    {
        var cases = new (string Name, string[] Paths)[]
        {
            ("duplicate", ["www/a.js", "www/a.js"]),
            ("file and folder", ["www", "www/a.js"]),
            ("101 bytes", ["www/" + new string('a', 97)]),
            ("100 bytes", ["www/" + new string('a', 96)]),
            ("long folder", [new string('d', 99) + "/a"]),
            ("backslash", ["www\\a.js"]),
            ("dot segment", ["www/./a.js"]),
            ("dot-dot segment", ["www/../a.js"]),
            ("empty segment", ["www//a.js"]),
            ("trailing slash", ["www/a.js/"]),
            ("rooted", ["/www/a.js"]),
            ("drive", ["C:/a.js"]),
            ("empty", [""]),
            ("dot", ["."]),
            ("NUL", ["www/a\0.js"]),
            ("control", ["www/a\u0001.js"]),
            ("hpmfile.json", ["hpmfile.json"]),
            ("non-ASCII", ["www/é.js"]),
            ("letter case", ["www/A.js", "www/a.js"]),
            ("only the page", []),
        };
        return cases.Select(c => new TestCaseData((object)c.Paths).SetArgDisplayNames(c.Name));
    }

    [TestCaseSource(nameof(TargetPathLists))]
    public void TargetPathsTheRulesPass_TheWriterTakes(string[] targetPaths)
    {
        var plan = Plan(targetPaths);

        if (!plan.HasErrors)
        {
            var files = plan.Model.Files.Select(f => new ZipSource(f.SourcePath, f.TargetPath)).ToList();
            var ownHpmFile = files.Any(f => f.TargetPath == HpmFile.FileName);
            Assert.That(() => AmrWriter.Layout(files, includeHpmFile: !ownHpmFile), Throws.Nothing, string.Join(", ", files.Select(f => f.TargetPath)));
        }
    }

    [Test]
    public void ThePageAlone_PassesTheRules_SoEachCasesErrorsAreItsPaths()
    {
        Assert.That(Plan([]).Diagnostics, Is.Empty);
    }

    /// <summary>The package's page plus one file for each target path.</summary>
    private static PackagePlan Plan(string[] targetPaths)
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        var resources = targetPaths.Append("www/index.html").Select((target, i) =>
            new ResourceSpec("f" + i, temp.CreateFile("src/f" + i + ".js"), project) { TargetPath = target });
        return PackagePlanner.Plan(new PackageOptions("20171228"), resources.ToList());
    }

    [TestCase("20171228")]
    [TestCase("1234_5678")]
    [TestCase("1234567")]
    [TestCase("12.45678")]
    [TestCase("../45678")]
    [TestCase("")]
    [TestCase("１２３４５６７８")]
    public void IdsTheRulesPass_TheWriterTakes(string id)
    {
        Assert.That(!PackageIdRule.IsValid(id) || AmrWriter.IsUsableId(id), Is.True);
    }
}
