using OfflinePackage.Diagnostics;
using OfflinePackage.Rules;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class PackageIdRuleTests
{
    [TestCase("20171228")]
    [TestCase("77777777")]
    [TestCase("00000000")]
    [TestCase("99999999")]
    public void EightAsciiDigits_AreValid(string id)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PackageIdRule.IsValid(id), Is.True);
            Assert.That(new PackageIdRule().Check(Models.WithTargets(Models.Options(id: id), "www/index.html")), Is.Empty);
        }
    }

    [TestCase("")]
    [TestCase("1234567")]
    [TestCase("123456789")]
    [TestCase("1234 567")]
    [TestCase("1234 5678")]
    [TestCase(" 12345678")]
    [TestCase("12345678 ")]
    [TestCase("12345678\n")]
    [TestCase("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667")] // Arabic-Indic digits 0-7: char.IsDigit, but not ASCII
    [TestCase("\u0966\u0967\u0968\u0969\u096A\u096B\u096C\u096D")] // Devanagari digits
    [TestCase("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18")] // full-width 1-8
    [TestCase("1234567a")]
    [TestCase("abcdefgh")]
    [TestCase("-1234567")]
    [TestCase("+1234567")]
    [TestCase("1234.567")]
    [TestCase("1,234,56")]
    public void AnythingElse_IsInvalid(string id)
    {
        Assert.That(PackageIdRule.IsValid(id), Is.False);
    }

    [TestCase("1234567")]
    [TestCase("123456789")]
    [TestCase("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667")]
    public void Check_InvalidId_ReportsOPK1001WithTheId(string id)
    {
        var diagnostics = new PackageIdRule().Check(Models.WithTargets(Models.Options(id: id), "www/index.html")).ToList();

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK1001"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostics[0].Message, Does.Contain("'" + id + "'"));
        }
    }

    [Test]
    public void Check_InvalidId_PointsAtTheLastOfflinePackageIdElementOfTheProject()
    {
        using var temp = new TempDirectory();
        var text =
            "<Project Sdk=\"OfflinePackage.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OfflinePackageId>11111111</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "  <PropertyGroup Condition=\"true\">\n" +
            "      <OfflinePackageId>1234</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "</Project>\n";
        var project = temp.CreateFile("app.csproj", text);
        var (line, column) = ProjectText.PositionOfLast(text, "<OfflinePackageId>");

        var diagnostic = new PackageIdRule().Check(Models.WithTargets(Models.Options(id: "1234"), "www/index.html")).Single();

        var located = TaskDiagnostics.Locate(diagnostic.Subject, project);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(located.File, Is.EqualTo(project));
            Assert.That(located.Line, Is.EqualTo(line).And.EqualTo(6));
            Assert.That(located.Column, Is.EqualTo(column).And.EqualTo(7));
        }
    }

    [Test]
    public void Check_IdSetOutsideTheProject_PointsAtTheProjectFileOnly()
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", "<Project>\n  <PropertyGroup>\n    <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>\n  </PropertyGroup>\n</Project>\n");

        var diagnostic = new PackageIdRule().Check(Models.WithTargets(Models.Options(id: "x"), "www/index.html")).Single();

        var located = TaskDiagnostics.Locate(diagnostic.Subject, project);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(located.File, Is.EqualTo(project));
            Assert.That(located.Line, Is.Zero);
            Assert.That(located.Column, Is.Zero);
        }
    }
}
