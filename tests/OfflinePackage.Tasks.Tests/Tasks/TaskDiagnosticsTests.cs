using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Tasks;

public class TaskDiagnosticsTests
{
    [TestCase(null)]
    [TestCase("")]
    public void HelpLink_WithoutABase_IsNull(string? helpLinkBase)
    {
        Assert.That(TaskDiagnostics.HelpLink(helpLinkBase, "OPK1001"), Is.Null);
    }

    [TestCase("https://example.org/errors", "https://example.org/errors/OPK2002.md")]
    [TestCase("https://example.org/errors/", "https://example.org/errors/OPK2002.md")]
    [TestCase("http://localhost:8080/e//", "http://localhost:8080/e/OPK2002.md")]
    public void HelpLink_WebBase_AppendsTheCodesPage(string helpLinkBase, string expected)
    {
        Assert.That(TaskDiagnostics.HelpLink(helpLinkBase, "OPK2002"), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("/")]
    public void HelpLink_LocalFolder_IsAFileUri(string suffix)
    {
        using var temp = new TempDirectory();
        var docs = temp.CreateFolder("docs/errors");

        var link = TaskDiagnostics.HelpLink(docs + suffix, "OPK1001");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(link, Does.StartWith("file:///"));
            Assert.That(link, Does.EndWith("/OPK1001.md"));
            Assert.That(new Uri(link!).LocalPath, Is.EqualTo(Path.Combine(docs, "OPK1001.md")));
        }
    }

    [Test]
    public void HelpLink_LocalFolderWithSpaces_IsAValidEscapedUri()
    {
        using var temp = new TempDirectory();
        var docs = temp.CreateFolder("my docs/errors");

        var link = TaskDiagnostics.HelpLink(docs, "OPK1001");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(link, Does.Contain("my%20docs").And.Not.Contain(" "));
            Assert.That(new Uri(link!).LocalPath, Is.EqualTo(Path.Combine(docs, "OPK1001.md")));
        }
    }

    [Test]
    public void Report_Error_CarriesCodeFileLineColumnMessageAndHelpLink()
    {
        var engine = new FakeBuildEngine();
        var log = new TaskLoggingHelper(engine, "Test");
        var diagnostic = new Diagnostic(DiagnosticCatalog.InvalidPackageId, new Subject("/p/app.csproj", 7, 9), "abc");

        log.Report(diagnostic, "https://example.org/e");

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        var error = engine.Errors[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Code, Is.EqualTo("OPK1001"));
            Assert.That(error.File, Is.EqualTo("/p/app.csproj"));
            Assert.That(error.LineNumber, Is.EqualTo(7));
            Assert.That(error.ColumnNumber, Is.EqualTo(9));
            Assert.That(error.Message, Is.EqualTo(diagnostic.Message));
            Assert.That(error.HelpLink, Is.EqualTo("https://example.org/e/OPK1001.md"));
            Assert.That(log.HasLoggedErrors, Is.True);
            Assert.That(engine.Warnings, Is.Empty);
        }
    }

    [Test]
    public void Report_Warning_IsAWarningNotAnError()
    {
        var engine = new FakeBuildEngine();
        var log = new TaskLoggingHelper(engine, "Test");
        var descriptor = new DiagnosticDescriptor("OPK1001", Severity.Warning, "a warning with an existing text");

        log.Report(new Diagnostic(descriptor, new Subject("/p/app.csproj", 2, 3), "x"), null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(engine.Warnings, Has.Count.EqualTo(1));
            Assert.That(engine.Warnings[0].Code, Is.EqualTo("OPK1001"));
            Assert.That(engine.Warnings[0].LineNumber, Is.EqualTo(2));
            Assert.That(log.HasLoggedErrors, Is.False);
        }
    }

    [Test]
    public void Report_Info_IsALowImportanceMessage()
    {
        var engine = new FakeBuildEngine();
        var log = new TaskLoggingHelper(engine, "Test");

        log.Report(new Diagnostic(DiagnosticCatalog.JunkFileSkipped, new Subject("/d/.DS_Store"), ".DS_Store", "junk"), null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(engine.Warnings, Is.Empty);
            Assert.That(engine.Messages, Has.Count.EqualTo(1));
            Assert.That(engine.Messages[0].Code, Is.EqualTo("OPK2005"));
            Assert.That(engine.Messages[0].File, Is.EqualTo("/d/.DS_Store"));
            Assert.That(engine.Messages[0].Importance, Is.EqualTo(MessageImportance.Low));
            Assert.That(log.HasLoggedErrors, Is.False);
        }
    }

    [Test]
    public void Locate_ItemSubject_IsTheItemsElementInItsDefiningFile()
    {
        using var temp = new TempDirectory();
        var imported = temp.CreateFile("frontend.props", "<Project>\n  <ItemGroup>\n    <OfflineResource Include=\"dist\" />\n  </ItemGroup>\n</Project>\n");

        var located = TaskDiagnostics.Locate(Subject.Item("OfflineResource", "dist/", imported), "/elsewhere/app.csproj");

        Assert.That(located, Is.EqualTo(new Subject(imported, 3, 5)));
    }

    [Test]
    public void Locate_PropertyAndProjectSubjects_AreFoundInTheProjectFile()
    {
        using var temp = new TempDirectory();
        var project = temp.CreateFile("app.csproj", "<Project>\n  <PropertyGroup>\n    <OfflinePackageId>1</OfflinePackageId>\n  </PropertyGroup>\n</Project>\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TaskDiagnostics.Locate(Subject.Property("OfflinePackageId", "1"), project), Is.EqualTo(new Subject(project, 3, 5)));
            // Set on the command line: the project element holds another value, so only the file is named.
            Assert.That(TaskDiagnostics.Locate(Subject.Property("OfflinePackageId", "2"), project), Is.EqualTo(new Subject(project)));
            Assert.That(TaskDiagnostics.Locate(Subject.Project, project), Is.EqualTo(new Subject(project)));
            Assert.That(TaskDiagnostics.Locate(new Subject("/x/a.html", 4, 2), project), Is.EqualTo(new Subject("/x/a.html", 4, 2)));
        }
    }
}
