using OfflinePackage.Diagnostics;
using OfflinePackage.Rules;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class PackageVersionRuleTests
{
    private static List<Diagnostic> Check(string version) =>
        new PackageVersionRule().Check(Models.WithTargets(Models.Options(version: version), "www/index.html")).ToList();

    [TestCase("1.0.0.0")]
    [TestCase("1.0.0.1")]
    [TestCase("10.20.30.40")]
    [TestCase("2")]
    [TestCase("1.2.3-beta.1")]
    [TestCase("1.0_rc")]
    public void FileNameSafeVersion_IsAccepted(string version)
    {
        Assert.That(Check(version), Is.Empty);
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\t")]
    [TestCase(" 1.0.0.0")]
    [TestCase("1.0.0.0 ")]
    [TestCase("1.0/0")]
    [TestCase(@"1.0\0")]
    [TestCase("1:0")]
    [TestCase("1*0")]
    [TestCase("1?0")]
    [TestCase("1\"0")]
    [TestCase("1<0")]
    [TestCase("1>0")]
    [TestCase("1|0")]
    [TestCase("1.0\u00010")]
    [TestCase("1.0\n0")]
    [TestCase(".")]
    [TestCase("..")]
    [TestCase("...")]
    [TestCase("../1.0")]
    public void VersionThatCannotBePartOfAFileName_IsReportedAsOPK1003(string version)
    {
        var diagnostics = Check(version);

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK1003"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
        }
    }

    [Test]
    public void InvalidVersion_PointsAtTheVersionProperty()
    {
        using var temp = new TempDirectory();
        var text = "<Project>\n<PropertyGroup>\n<OfflinePackageVersion>1/2</OfflinePackageVersion>\n</PropertyGroup>\n</Project>\n";
        var project = temp.CreateFile("app.csproj", text);
        var (line, column) = ProjectText.PositionOfLast(text, "<OfflinePackageVersion>");

        var diagnostic = Check("1/2").Single();

        var located = TaskDiagnostics.Locate(diagnostic.Subject, project);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(located.File, Is.EqualTo(project));
            Assert.That(located.Line, Is.EqualTo(line));
            Assert.That(located.Column, Is.EqualTo(column).And.EqualTo(1));
            Assert.That(diagnostic.Message, Does.Contain("'1/2'"));
        }
    }
}
