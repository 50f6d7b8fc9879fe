using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

public class VirtualDomainCheckTests
{
    [TestCase("h5app.com")]
    [TestCase("sub.h5app.com")]
    [TestCase("my-app.example.cn")]
    [TestCase(" h5app.com ")]
    [TestCase("xn--fiqs8s.com")]
    public void BareLowerCaseDomainsPass(string domain) =>
        Assert.That(VirtualDomainCheck.Validate(domain), Is.Empty);

    [TestCase(null, nameof(DiagnosticCatalog.VirtualDomainMissing))]
    [TestCase("", nameof(DiagnosticCatalog.VirtualDomainMissing))]
    [TestCase("  ", nameof(DiagnosticCatalog.VirtualDomainMissing))]
    [TestCase("https://h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("http://h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("HTTPS://h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("https:h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("//h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("ftp://h5app.com", nameof(DiagnosticCatalog.VirtualDomainHasScheme))]
    [TestCase("h5app.com/", nameof(DiagnosticCatalog.VirtualDomainHasPath))]
    [TestCase("h5app.com/www", nameof(DiagnosticCatalog.VirtualDomainHasPath))]
    [TestCase("h5app.com?a=1", nameof(DiagnosticCatalog.VirtualDomainHasPath))]
    [TestCase("h5app.com#x", nameof(DiagnosticCatalog.VirtualDomainHasPath))]
    [TestCase("h5app.com\\x", nameof(DiagnosticCatalog.VirtualDomainHasPath))]
    [TestCase("h5app.com:8080", nameof(DiagnosticCatalog.VirtualDomainHasPort))]
    [TestCase("h5app.com:", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("[::1]", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("user@h5app.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("h5app..com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase(".h5app.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("h5app.com.", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("-h5app.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("h5app-.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("h5_app.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("h5 app.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("例子.com", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    [TestCase("192.168.1.10", nameof(DiagnosticCatalog.VirtualDomainInvalid))]
    public void DomainsThatCannotFormAVhostAreErrors(string? domain, string kind)
    {
        var findings = VirtualDomainCheck.Validate(domain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { kind }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(findings[0].Subject, Is.EqualTo(Subject.Property("OfflinePackageVirtualDomain")));
        }
    }

    [Test]
    public void OverlongLabelsAndNamesAreErrors()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(VirtualDomainCheck.Validate(new string('a', 64) + ".com")), Is.EqualTo(new[] { nameof(DiagnosticCatalog.VirtualDomainInvalid) }));
            Assert.That(VirtualDomainCheck.Validate(new string('a', 63) + ".com"), Is.Empty);
            Assert.That(CatalogNames.Of(VirtualDomainCheck.Validate(string.Join(".", Enumerable.Repeat(new string('a', 50), 5)) + ".com")), Is.EqualTo(new[] { nameof(DiagnosticCatalog.VirtualDomainInvalid) }));
        }
    }

    [TestCase("H5App.com", nameof(DiagnosticCatalog.VirtualDomainNotLowerCase))]
    [TestCase("localhost", nameof(DiagnosticCatalog.VirtualDomainSingleLabel))]
    public void SuspiciousDomainsAreWarnings(string domain, string kind)
    {
        var findings = VirtualDomainCheck.Validate(domain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { kind }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(findings[0].Subject, Is.EqualTo(Subject.Property("OfflinePackageVirtualDomain")));
        }
    }

    [Test]
    public void UpperCaseFindingSuggestsTheLowerCaseForm() =>
        Assert.That(VirtualDomainCheck.Validate("H5App.COM")[0].Args, Is.EqualTo(new[] { "H5App.COM", "h5app.com" }));
}
