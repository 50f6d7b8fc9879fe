using System.Text.RegularExpressions;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>Each bad input gives its coded error, pointing at the file that caused it, and writes no zip.</summary>
public class DiagnosticTests
{
    public sealed record BadInput(string Name, string Properties, string Items, string ExpectedCode, string ExpectedFile, string? LineOf, Action<ConsumerProject>? Setup = null)
    {
        public override string ToString() => Name;
    }

    private const string GoodId = "    <OfflinePackageId>20171228</OfflinePackageId>";
    private const string Dist = """    <OfflineResource Include="dist" />""";
    private const string Project = "<project>";
    private const string Strict = "\n    <OfflinePackageStrict>true</OfflinePackageStrict>";
    private const string GlobalIdentity = "    <OfflinePackageId>77777777</OfflinePackageId>\n    <OfflinePackageAppId>53E5279071442</OfflinePackageAppId>\n    <OfflinePackageWorkspaceId>test</OfflinePackageWorkspaceId>";
    private const string Shared = """    <GlobalResource Include="other" />""";
    private static readonly string LongName = new string('a', 92) + ".js";

    public static IEnumerable<BadInput> BadInputs() =>
    [
        new("IdWithSevenDigits", "    <OfflinePackageId>2017122</OfflinePackageId>", Dist, "OPK1001", Project, "OfflinePackageId"),
        new("IdWithLetters", "    <OfflinePackageId>2017122a</OfflinePackageId>", Dist, "OPK1001", Project, "OfflinePackageId"),
        new("IdMissing", "", Dist, "OPK1001", Project, null),
        new("MainEntryMissing", GoodId + "\n    <OfflinePackageMainUrl>/www/home.html?x=1#top</OfflinePackageMainUrl>", Dist, "OPK1002", Project, "OfflinePackageMainUrl"),
        new("MainEntryDefaultMissing", GoodId, """    <OfflineResource Include="dist" TargetPath="web" />""", "OPK1002", Project, null),
        new("VersionWithSlash", GoodId + "\n    <OfflinePackageVersion>1.0/2</OfflinePackageVersion>", Dist, "OPK1003", Project, "OfflinePackageVersion"),
        new("MainUrlWithoutSlash", GoodId + "\n    <OfflinePackageMainUrl>www/index.html</OfflinePackageMainUrl>", Dist, "OPK1004", Project, "OfflinePackageMainUrl"),
        new("NoResources", GoodId, "", "OPK2001", Project, null),
        new("EmptyFolderOnly", GoodId, """    <OfflineResource Include="empty" />""", "OPK2001", Project, null),
        new("MissingFolder", GoodId, Dist + "\n" + """    <OfflineResource Include="build/output" />""", "OPK2002", Project, "Include=\"build/output\""),
        new("MissingFile", GoodId, Dist + "\n" + """    <OfflineResource Include="robots.txt" />""", "OPK2002", Project, "Include=\"robots.txt\""),
        new("DuplicateTarget", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/index.html" />""", "OPK2003", "other/index.html", null),
        new("FileWhereAFolderIs", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www" />""", "OPK2003", "dist/index.html", null),
        new("IdWithSpaces", "    <OfflinePackageId> 20171228 </OfflinePackageId>", Dist, "OPK1001", Project, "OfflinePackageId"),
        new("RootedTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="/etc/passwd" />""", "OPK2004", Project, "TargetPath=\"/etc/passwd\""),
        new("ParentTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/../../evil.html" />""", "OPK2004", Project, "TargetPath=\"www/../../evil.html\""),
        new("EscapingFolderTargetPath", GoodId, """    <OfflineResource Include="dist" TargetPath="..\outside" />""", "OPK2004", Project, "TargetPath=\"..\\outside\""),
        new("ReservedId", "    <OfflinePackageId>66666692</OfflinePackageId>", Dist, "OPK1005", Project, "OfflinePackageId"),
        new("DiscouragedPrefix666666", "    <OfflinePackageId>66666601</OfflinePackageId>" + Strict, Dist, "OPK1006", Project, "OfflinePackageId"),
        new("DiscouragedPrefix20000", "    <OfflinePackageId>20000123</OfflinePackageId>" + Strict, Dist, "OPK1006", Project, "OfflinePackageId"),
        new("NormalAndGlobalItems", GoodId, Dist + "\n" + Shared, "OPK1007", Project, null),
        new("TypeNormalWithGlobalItems", GoodId + "\n    <OfflinePackageType>Normal</OfflinePackageType>", Dist + "\n" + Shared, "OPK1007", Project, "OfflinePackageType"),
        new("NormalLaidOutLikeGlobal", GoodId, Dist + "\n" + """    <OfflineResource Include="other" TargetPath="cdn.example.com/53E5279071442_test" />""", "OPK1007", "other/index.html", null),
        new("GlobalWithoutAppAndWorkspace", "    <OfflinePackageId>77777777</OfflinePackageId>", Shared, "OPK1008", Project, null),
        new("GlobalAppIdWithHyphen", GlobalIdentity.Replace("53E5279071442", "53E5-27907"), Shared, "OPK1009", Project, "OfflinePackageAppId"),
        new("PrivateCloudWithoutDomain", GlobalIdentity + "\n    <OfflinePackageCloud>Private</OfflinePackageCloud>", Shared, "OPK1010", Project, "OfflinePackageCloud"),
        new("PublicCloudOtherDomain", GlobalIdentity + "\n    <OfflinePackageServerDomain>cdn.example.com</OfflinePackageServerDomain>" + Strict, Shared, "OPK1011", Project, "OfflinePackageServerDomain"),
        new("VersionWithTwoParts", GoodId + "\n    <OfflinePackageVersion>1.0</OfflinePackageVersion>" + Strict, Dist, "OPK1012", Project, "OfflinePackageVersion"),
        new("GlobalPathWithAnotherDomain", GlobalIdentity + "\n    <OfflinePackageGlobalPath>cdn.example.com/53E5279071442_test</OfflinePackageGlobalPath>" + Strict, Shared, "OPK1014", Project, "OfflinePackageGlobalPath"),
        new("UnknownPackageType", GoodId + "\n    <OfflinePackageType>Both</OfflinePackageType>", Dist, "OPK1015", Project, "OfflinePackageType"),
        new("UnknownCloud", GlobalIdentity + "\n    <OfflinePackageCloud>Hybrid</OfflinePackageCloud>", Shared, "OPK1015", Project, "OfflinePackageCloud"),
        new("SizeThresholdNotANumber", GoodId + "\n    <OfflinePackageSizeWarningThreshold>ten</OfflinePackageSizeWarningThreshold>", Dist, "OPK1015", Project, "OfflinePackageSizeWarningThreshold"),
        new("SpaceInName", GoodId + Strict, Dist, "OPK2006", "dist/my page.html", null, p => p.WriteFile("dist/my page.html", "x")),
        new("SpaceInGlobalName", GlobalIdentity, Shared, "OPK2007", "other/a b.js", null, p => p.WriteFile("other/a b.js", "x")),
        new("ChineseName", GoodId, Dist, "OPK2008", "dist/图片.png", null, p => p.WriteFile("dist/图片.png", "x")),
        new("PathOver100", GoodId, Dist, "OPK2009", "dist/long/" + LongName, null, p => p.WriteFile("dist/long/" + LongName, "x")),
        new("ZipPathOver100", GoodId + Strict, Dist, "OPK2010", "dist/" + LongName[5..], null, p => p.WriteFile("dist/" + LongName[5..], "x")),
        new("NamesDifferingOnlyByCase", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="www/Index.html" />""", "OPK2011", "dist/index.html", null),
        new("LinkOutsideProject", GoodId, Dist, "OPK2012", "dist/hosts", null, p => File.CreateSymbolicLink(p.PathOf("dist/hosts"), "/etc/hosts")),
        new("LinkLoop", GoodId, Dist, "OPK2012", "dist/sub/loop", null, p => { p.WriteFile("dist/sub/a.js", "x"); Directory.CreateSymbolicLink(p.PathOf("dist/sub/loop"), p.PathOf("dist")); }),
        new("EmptyFile", GoodId + Strict, Dist, "OPK2013", "dist/empty.js", null, p => p.WriteFile("dist/empty.js", string.Empty)),
        new("EmptyFolder", GoodId + Strict, Dist, "OPK2014", "dist/nothing", null, p => Directory.CreateDirectory(p.PathOf("dist/nothing"))),
        new("ReservedRootName", GoodId + Strict, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="hpmfile.json" />""", "OPK2015", "other/index.html", null),
        new("OverSizeThreshold", GoodId + Strict + "\n    <OfflinePackageSizeWarningThreshold>10</OfflinePackageSizeWarningThreshold>", Dist, "OPK2016", Project, null),
        new("BackslashInName", GoodId, Dist, "OPK2017", "dist/a\\b.js", null, p => p.WriteFile("dist/a\\b.js", "x")),
        new("HashInName", GoodId, Dist, "OPK2018", "dist/page#2.html", null, p => p.WriteFile("dist/page#2.html", "x")),
        new("QuestionMarkInFolderName", GoodId, Dist, "OPK2018", "dist/what?/a.js", null, p => p.WriteFile("dist/what?/a.js", "x")),
        new("HashInWaivedName", GoodId, """    <OfflineResource Include="dist" AllowUnsafeNames="true" />""", "OPK2018", "dist/a#b.js", null, p => p.WriteFile("dist/a#b.js", "x")),
        new("HashInGlobalName", GlobalIdentity, Shared, "OPK2018", "other/a#b.js", null, p => p.WriteFile("other/a#b.js", "x")),
        new("WindowsRootedTargetPath", GoodId, Dist + "\n" + """    <OfflineResource Include="other/index.html" TargetPath="C:\evil.html" />""", "OPK2004", Project, "TargetPath=\"C:\\evil.html\""),
    ];

    [TestCaseSource(nameof(BadInputs))]
    public void BadInputGivesItsCodeOnItsFileAndNoZip(BadInput input)
    {
        var project = ConsumerProject.Create(input.Name)
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("other/index.html", "<html>other</html>")
            .WithProject(input.Properties, input.Items);
        Directory.CreateDirectory(project.PathOf("empty"));
        input.Setup?.Invoke(project);

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

        if (input.LineOf != null)
        {
            var marker = input.LineOf.Contains('=') ? input.LineOf : "<" + input.LineOf + ">";
            var line = File.ReadAllLines(project.ProjectPath).ToList().FindLastIndex(l => l.Contains(marker)) + 1;
            Assert.That(line, Is.Positive, "the test's project has the marker " + marker);
            Assert.That(errors.Select(e => e.LineNumber), Has.All.EqualTo(line), "the error points at the property's line");
        }
    }

    [Test]
    public void CommandLineValueIsNotBlamedOnTheProjectsLine()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(GoodId, Dist);

        var result = project.Build("-p:OfflinePackageId=2017122");

        var error = result.Errors.Single();
        Assert.That((error.Code, error.File, error.LineNumber), Is.EqualTo(("OPK1001", project.ProjectPath, 0)), "line 0: the value came from the command line, not from the project's <OfflinePackageId>");
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
