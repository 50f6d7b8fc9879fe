using System.Text.RegularExpressions;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>Each bad input gives its coded error, pointing at the file that caused it, and writes no zip.</summary>
public class DiagnosticTests
{
    public sealed record BadInput(string Name, string Properties, string Items, string ExpectedCode, string ExpectedFile, bool ExpectLine)
    {
        public override string ToString() => Name;
    }

    private const string GoodId = "    <OfflinePackageId>20171228</OfflinePackageId>";
    private const string Dist = """    <OfflineResource Include="dist" />""";
    private const string Project = "<project>";

    public static IEnumerable<BadInput> BadInputs() =>
    [
        new("IdWithSevenDigits", "    <OfflinePackageId>2017122</OfflinePackageId>", Dist, "OPK1001", Project, true),
        new("IdWithLetters", "    <OfflinePackageId>2017122a</OfflinePackageId>", Dist, "OPK1001", Project, true),
        new("IdMissing", "", Dist, "OPK1001", Project, false),
        new("MainEntryMissing", GoodId + "\n    <OfflinePackageMainUrl>/www/home.html?x=1#top</OfflinePackageMainUrl>", Dist, "OPK1002", Project, true),
        new("MainEntryDefaultMissing", GoodId, """    <OfflineResource Include="dist" TargetPath="web" />""", "OPK1002", Project, false),
        new("VersionWithSlash", GoodId + "\n    <OfflinePackageVersion>1.0/2</OfflinePackageVersion>", Dist, "OPK1003", Project, true),
        new("MainUrlWithoutSlash", GoodId + "\n    <OfflinePackageMainUrl>www/index.html</OfflinePackageMainUrl>", Dist, "OPK1004", Project, true),
        new("NoResources", GoodId, "", "OPK2001", Project, false),
        new("EmptyFolderOnly", GoodId, """    <OfflineResource Include="empty" />""", "OPK2001", Project, false),
        new("MissingFolder", GoodId, Dist + "\n" + """    <OfflineResource Include="build/output" />""", "OPK2002", Project, false),
        new("MissingFile", GoodId, Dist + "\n" + """    <OfflineResource Include="robots.txt" />""", "OPK2002", Project, false),
        new("DuplicateTarget", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/index.html" />""", "OPK2003", "other/index.html", false),
        new("FileWhereAFolderIs", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www" />""", "OPK2003", "dist/index.html", false),
        new("IdWithSpaces", "    <OfflinePackageId> 20171228 </OfflinePackageId>", Dist, "OPK1001", Project, true),
        new("RootedTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="/etc/passwd" />""", "OPK2004", Project, false),
        new("ParentTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/../../evil.html" />""", "OPK2004", Project, false),
        new("EscapingFolderTargetPath", GoodId, """    <OfflineResource Include="dist" TargetPath="..\outside" />""", "OPK2004", Project, false),
        new("WindowsRootedTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="C:\evil.html" />""", "OPK2004", Project, false),
    ];

    [TestCaseSource(nameof(BadInputs))]
    public void BadInputGivesItsCodeOnItsFileAndNoZip(BadInput input)
    {
        var project = ConsumerProject.Create(input.Name)
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("other/index.html", "<html>other</html>")
            .WithProject(input.Properties, input.Items);
        Directory.CreateDirectory(project.PathOf("empty"));

        var result = project.Build();

        var expectedFile = input.ExpectedFile == Project ? project.ProjectPath : project.PathOf(input.ExpectedFile);
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        var errors = result.Errors.Where(e => e.Code == input.ExpectedCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ErrorCodes, Is.EquivalentTo(new[] { input.ExpectedCode }), result.ToString());
            Assert.That(errors.Select(e => e.File), Has.All.EqualTo(expectedFile));
            Assert.That(result.ErrorCodes, Has.None.EqualTo("MSB4018"), "an expected failure must never be an exception");
            Assert.That(result.Output, Does.Match($@"{Regex.Escape(expectedFile)}(\(\d+,\d+\))? ?: error {input.ExpectedCode}: "), "canonical file(line,col): error CODE: text");
            Assert.That(Directory.Exists(project.OutputDirectory) ? Directory.EnumerateFiles(project.OutputDirectory, "*.zip") : [], Is.Empty);
        }

        if (input.ExpectLine)
        {
            var line = File.ReadAllLines(project.ProjectPath).ToList().FindLastIndex(l => l.Contains("<OfflinePackage")) + 1;
            Assert.That(errors.Select(e => e.LineNumber), Has.All.EqualTo(line), "the error points at the property's line");
        }
    }

    [Test]
    public void MissingResourceNamesThePathAndHintsAtCase()
    {
        var project = ConsumerProject.Create()
            .WriteFile("Dist/index.html", "<html></html>")
            .WithProject(GoodId, Dist);

        var result = project.Build();

        var error = result.Errors.Single(e => e.Code == "OPK2002");
        Assert.That(error.Text, Does.Contain(project.PathOf("dist")).And.Contain("did you mean 'Dist'"));
    }

    [Test]
    public void DuplicateNamesBothSources()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("other/index.html", "<html></html>")
            .WithProject(GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/index.html" />""");

        var result = project.Build();

        var error = result.Errors.Single(e => e.Code == "OPK2003");
        Assert.That(error.Text, Does.Contain(project.PathOf("dist/index.html")).And.Contain(project.PathOf("other/index.html")).And.Contain("www/index.html"));
    }

    [Test]
    public void EveryProblemIsReportedInOneBuild()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(
                "    <OfflinePackageId>123</OfflinePackageId>\n    <OfflinePackageMainUrl>/www/missing.html</OfflinePackageMainUrl>",
                Dist + "\n" + """    <OfflineResource Include="nothere" />""" + "\n" + """    <OfflineResource Include="dist/index.html" TargetPath="../x.html" />""");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EquivalentTo(new[] { "OPK1001", "OPK1002", "OPK2002", "OPK2004" }), result.ToString());
    }

    [Test]
    public void HelpLinksPointAtPagesThatShipInThePackage()
    {
        // The binlog does not keep help links (the unit tests check the task sets them); here: the pages exist.
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject("    <OfflinePackageId>1</OfflinePackageId>", Dist);
        var result = project.Build();
        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK1001" }), result.ToString());

        var query = project.Run("msbuild", "-getProperty:OfflinePackageHelpLinkBase");

        var folder = query.Output.Trim();
        Assert.That(folder, Does.StartWith(SdkPackage.PackagesDirectory), "pages come from the restored package");
        Assert.That(File.ReadAllText(Path.Combine(folder, "OPK1001.md")), Does.StartWith("# OPK1001"));
    }
}
