using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>How the rule set behaves as a whole: all problems in one build, NoWarn, WarningsAsErrors, strict mode, per-item waivers.</summary>
public class RuleSetTests
{
    private const string Items = """    <OfflineResource Include="dist" />""";
    private static readonly string LongName = new string('x', 100) + ".js";

    [Test]
    public void FiveViolationsShowInOneBuild()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/Index.html", "<html></html>")
            .WriteFile("dist/my page.html", "x")
            .WriteFile("dist/" + LongName, "x")
            .WithProject("    <OfflinePackageId>20000196</OfflinePackageId>\n    <OfflinePackageVersion>1.0</OfflinePackageVersion>", Items);

        var result = project.Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ErrorCodes, Is.EquivalentTo(new[] { "OPK1005", "OPK2009", "OPK2011" }), result.ToString());
            Assert.That(result.Warnings.Select(w => w.Code), Is.EquivalentTo(new[] { "OPK1012", "OPK2006" }), result.ToString());
            Assert.That(Directory.Exists(project.OutputDirectory) ? Directory.EnumerateFiles(project.OutputDirectory, "*.zip") : [], Is.Empty);
        }
    }

    [Test]
    public void WarningShipsTheZipAndNoWarnSilencesIt()
    {
        var warned = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/empty.js", string.Empty)
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>", Items);
        var silenced = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/empty.js", string.Empty)
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>\n    <NoWarn>$(NoWarn);OPK2013</NoWarn>", Items);

        var first = warned.Build();
        var second = silenced.Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(first.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK2013" }));
            Assert.That(first.Warnings.Single().File, Is.EqualTo(warned.PathOf("dist/empty.js")));
            Assert.That(ZipContents.Names(Path.Combine(warned.OutputDirectory, "20171228_1.0.0.0.zip")), Does.Contain("20171228/www/empty.js"));
            Assert.That(second.ExitCode, Is.Zero, second.ToString());
            Assert.That(second.Warnings, Is.Empty);
        }
    }

    [TestCase("<WarningsAsErrors>$(WarningsAsErrors);OPK2013</WarningsAsErrors>")]
    [TestCase("<OfflinePackageStrict>true</OfflinePackageStrict>")]
    public void WarningBecomesAnErrorOnRequest(string property)
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/empty.js", string.Empty)
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>\n    " + property, Items);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK2013" }));
        Assert.That(result.Output, Does.Not.Contain("MSB4181"), "the task reports its own failure");
    }

    [Test]
    public void AllowUnsafeNamesWaivesTheUrlRuleForThatItemOnly()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("icons/icon@3x.png", "x")
            .WriteFile("more/icon@2x.png", "x")
            .WithProject(
                "    <OfflinePackageId>20171228</OfflinePackageId>",
                Items + "\n" + """
                    <OfflineResource Include="icons" TargetPath="www/icons" AllowUnsafeNames="true" />
                    <OfflineResource Include="more" TargetPath="www/more" />
                """);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => (w.Code, w.File)), Is.EqualTo(new[] { ("OPK2006", project.PathOf("more/icon@2x.png")) }));
    }

    [Test]
    public void MainEntryOutsideWwwIsOnlyInformation()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>\n    <OfflinePackageMainUrl>/index.html</OfflinePackageMainUrl>", """    <OfflineResource Include="dist" TargetPath="." />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.MessagesWithCode("OPK1013").Select(m => m.File), Is.EqualTo(new[] { project.ProjectPath }));
    }
}
