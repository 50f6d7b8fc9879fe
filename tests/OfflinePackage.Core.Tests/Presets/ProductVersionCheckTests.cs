using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

public class ProductVersionCheckTests
{
    private static PlistDocument Plist(string? product, string? shortVersion)
    {
        var values = new Dictionary<string, string>();
        if (product != null)
        {
            values[PlistReader.ProductVersionKey] = product;
        }

        if (shortVersion != null)
        {
            values[PlistReader.ShortVersionKey] = shortVersion;
        }

        return new PlistDocument("Info.plist", values);
    }

    [TestCase("1.0.0.0")]
    [TestCase("0.9")]
    [TestCase("1.0")]
    public void IosMinAtOrBelowProductVersionPasses(string min) =>
        Assert.That(ProductVersionCheck.Validate(new ClientVersionRange(min), Plist("1.0.0.0", "1.0.0.0")), Is.Empty);

    [TestCase("1.9.0.1")]
    [TestCase("1.10")]
    public void IosMinAboveProductVersionIsAWarning(string min)
    {
        var findings = ProductVersionCheck.Validate(new ClientVersionRange(min), Plist("1.9.0.0", null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => (CatalogNames.Of(f), string.Join("|", f.Args))), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.IosMinAboveProductVersion), min + "|1.9.0.0|Info.plist") }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(findings[0].Subject, Is.EqualTo(new Subject("Info.plist")));
        }
    }

    [Test]
    public void IosMaxBelowProductVersionIsAWarning() =>
        Assert.That(CatalogNames.Of(ProductVersionCheck.Validate(new ClientVersionRange("1.0", "1.9"), Plist("1.10", null))), Is.EqualTo(new[] { nameof(DiagnosticCatalog.IosMaxBelowProductVersion) }));

    [Test]
    public void MissingProductVersionIsAWarning() =>
        Assert.That(CatalogNames.Of(ProductVersionCheck.Validate(new ClientVersionRange("1.0"), Plist(null, "1.0"))), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ProductVersionMissing) }));

    [Test]
    public void NonStringProductVersionCountsAsMissing()
    {
        var plist = PlistReader.Parse(System.Text.Encoding.UTF8.GetBytes("<plist><dict><key>Product Version</key><integer>1</integer></dict></plist>"), "Info.plist").Value!;

        Assert.That(CatalogNames.Of(ProductVersionCheck.Validate(new ClientVersionRange("1.0"), plist)), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ProductVersionMissing) }));
    }

    [Test]
    public void NonNumericProductVersionIsAWarning() =>
        Assert.That(CatalogNames.Of(ProductVersionCheck.Validate(new ClientVersionRange("1.0"), Plist("1.0 beta", "1.0 beta"))), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ProductVersionNotNumeric) }));

    [Test]
    public void XcodeBuildSettingsAreNotChecked()
    {
        var findings = ProductVersionCheck.Validate(new ClientVersionRange("9.0"), Plist("$(PRODUCT_VERSION)", "${MARKETING_VERSION}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.PlistValueIsBuildSetting) }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Info));
        }
    }

    [Test]
    public void ShortVersionAsBuildSettingIsNotCompared() =>
        Assert.That(CatalogNames.Of(ProductVersionCheck.Validate(new ClientVersionRange("1.0"), Plist("1.0.0.0", "$(MARKETING_VERSION)"))), Is.EqualTo(new[] { nameof(DiagnosticCatalog.PlistValueIsBuildSetting) }));

    [Test]
    public void ProductVersionDifferingFromShortVersionIsAWarningThatSaysTheClaimIsUnverified()
    {
        var findings = ProductVersionCheck.Validate(new ClientVersionRange("1.0"), Plist("1.0.0.0", "1.0"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ProductVersionDiffersFromShortVersion) }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(findings[0].Message, Does.Contain("no mPaaS source requires the two to match"));
            Assert.That(findings[0].Args, Is.EqualTo(new[] { "1.0.0.0", "1.0", "Info.plist" }));
        }
    }

    [Test]
    public void NothingIsCheckedWithoutAnIosRange()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ProductVersionCheck.Validate(null, Plist(null, null)), Is.Empty);
            Assert.That(ProductVersionCheck.Validate(new ClientVersionRange(""), Plist(null, null)), Is.Empty);
        }
    }
}
