using OfflinePackage.Diagnostics;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

public class ProjectFileLocatorTests
{
    private const string Property = "OfflinePackageId";

    [Test]
    public void FindsTheLastDefinition_ColumnAtTheOpeningAngleBracket()
    {
        using var temp = new TempDirectory();
        var text =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<Project Sdk=\"OfflinePackage.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OfflinePackageId>11111111</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "\n" +
            "  <PropertyGroup Condition=\"'$(Configuration)' == 'Release'\">\n" +
            "    <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>   <OfflinePackageId>22222222</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "</Project>\n";
        var project = temp.CreateFile("app.csproj", text);
        var (line, column) = ProjectText.PositionOfLast(text, "<OfflinePackageId>");

        var location = ProjectFileLocator.FindProperty(project, Property);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.File, Is.EqualTo(project));
            Assert.That(location.Line, Is.EqualTo(line).And.EqualTo(8));
            Assert.That(location.Column, Is.EqualTo(column).And.EqualTo(62));
        }
    }

    [Test]
    public void ElementAtTheStartOfALine_IsColumnOne()
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", "<Project>\n<PropertyGroup>\n<OfflinePackageId>1</OfflinePackageId>\n</PropertyGroup>\n</Project>");

        var location = ProjectFileLocator.FindProperty(project, Property);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.Line, Is.EqualTo(3));
            Assert.That(location.Column, Is.EqualTo(1));
        }
    }

    [Test]
    public void PropertyNamesAreMatchedIgnoringCase_AsMSBuildDoes()
    {
        using var temp = new TempDirectory();
        var text = "<Project>\n  <PropertyGroup>\n    <offlinepackageid>1</offlinepackageid>\n  </PropertyGroup>\n</Project>\n";
        var project = temp.CreateFile("app.csproj", text);

        var location = ProjectFileLocator.FindProperty(project, Property);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.Line, Is.EqualTo(3));
            Assert.That(location.Column, Is.EqualTo(5));
        }
    }

    [Test]
    public void DefinitionInsideAComment_IsNotADefinition()
    {
        using var temp = new TempDirectory();
        var text =
            "<Project>\n" +
            "  <PropertyGroup>\n" +
            "    <OfflinePackageId>1</OfflinePackageId>\n" +
            "  </PropertyGroup>\n" +
            "  <!-- <OfflinePackageId>2</OfflinePackageId> -->\n" +
            "</Project>\n";
        var project = temp.CreateFile("app.csproj", text);

        var location = ProjectFileLocator.FindProperty(project, Property);

        Assert.That(location.Line, Is.EqualTo(3));
    }

    [Test]
    public void ProjectInAFolderWithUriSpecialCharacters_IsStillRead()
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("C# 100%/a#b/app.csproj", "<Project>\n  <PropertyGroup>\n    <OfflinePackageId>1</OfflinePackageId>\n  </PropertyGroup>\n</Project>\n");

        var location = ProjectFileLocator.FindProperty(project, Property);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.File, Is.EqualTo(project));
            Assert.That(location.Line, Is.EqualTo(3));
        }
    }

    [Test]
    public void PropertyNotInTheFile_FallsBackToTheFileAlone()
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", "<Project>\n  <PropertyGroup>\n    <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>\n  </PropertyGroup>\n</Project>\n");

        var location = ProjectFileLocator.FindProperty(project, Property);

        AssertFileOnly(location, project);
    }

    [Test]
    public void MissingFile_FallsBackToTheFileAlone()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("missing.csproj");

        var location = ProjectFileLocator.FindProperty(project, Property);

        AssertFileOnly(location, project);
    }

    [TestCase("<Project>\n  <PropertyGroup>\n    <OfflinePackageId>1</OfflinePackageId>\n  </PropertyGroup>\n")]
    [TestCase("<Project>\n  <PropertyGroup>\n    <OfflinePackageId>1</OfflinePackage>\n  </PropertyGroup>\n</Project>\n")]
    [TestCase("this is not xml")]
    [TestCase("")]
    [TestCase("<!DOCTYPE Project [<!ENTITY e \"x\">]>\n<Project>\n  <OfflinePackageId>&e;</OfflinePackageId>\n</Project>\n")]
    public void MalformedOrForbiddenXml_FallsBackToTheFileAloneWithoutThrowing(string text)
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", text);

        var location = ProjectFileLocator.FindProperty(project, Property);

        AssertFileOnly(location, project);
    }

    private static void AssertFileOnly(Subject location, string project)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.File, Is.EqualTo(project));
            Assert.That(location.Line, Is.Zero);
            Assert.That(location.Column, Is.Zero);
        }
    }
}
