using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Diagnostics;

public class DiagnosticTests
{
    [Test]
    public void Message_FillsTheArgumentsIntoTheCodesText()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.InvalidPackageId, new Subject("/p/app.csproj", 3, 5), "12ab");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK1001"));
            Assert.That(diagnostic.Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostic.Message, Does.Contain("'12ab'").And.Not.Contain("{0}"));
        }
    }

    [Test]
    public void ToString_LooksLikeACompilerMessage()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.JunkFileSkipped, new Subject("/d/.DS_Store"), ".DS_Store", "junk");

        var text = diagnostic.ToString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith("/d/.DS_Store: info OPK2005: "));
            Assert.That(text, Does.EndWith(diagnostic.Message));
        }
    }

    [Test]
    public void ToString_OfAnError_WithLineAndColumn()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.InvalidPackageId, new Subject("/p/app.csproj", 3, 5), "1");

        Assert.That(diagnostic.ToString(), Does.StartWith("/p/app.csproj(3,5): error OPK1001: "));
    }
}
