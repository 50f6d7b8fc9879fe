using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

public class ClientRangeCheckTests
{
    [Test]
    public void OneRangeWithSystemDefaultMaxPasses() =>
        Assert.That(ClientRangeCheck.Validate(new ClientVersionRange("10.1.68"), null), Is.Empty);

    [Test]
    public void BothPlatformsWithSystemDefaultMaxPass() =>
        Assert.That(ClientRangeCheck.Validate(new ClientVersionRange("10.1.68"), new ClientVersionRange("1.0.0.0")), Is.Empty);

    [Test]
    public void BothPlatformsWithCustomMaxPass() =>
        Assert.That(ClientRangeCheck.Validate(new ClientVersionRange("1.9.0", "1.10.0"), new ClientVersionRange("1.0", "2.0")), Is.Empty);

    [Test]
    public void HarmonyAloneCountsAsAPlatform() =>
        Assert.That(ClientRangeCheck.Validate(null, null, new ClientVersionRange("1.0.0")), Is.Empty);

    [Test]
    public void NoPlatformIsAnError()
    {
        var findings = ClientRangeCheck.Validate(null, new ClientVersionRange(""), new ClientVersionRange(" ", " "));

        Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.NoClientPlatform) }));
    }

    [TestCase("1.10.0", "1.9.0")]
    [TestCase("2", "1.99.99")]
    [TestCase("1.0.0.1", "1.0")]
    public void MinAboveMaxIsAnError(string min, string max)
    {
        var findings = ClientRangeCheck.Validate(new ClientVersionRange(min, max), null);

        Assert.That(findings.Select(f => (CatalogNames.Of(f), string.Join("|", f.Args))), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.ClientMinAboveMax), "Android|" + min + "|" + max) }));
    }

    [TestCase("1.0", "1.0.0")]
    [TestCase("1.9.0", "1.10.0")]
    public void MinEqualToOrBelowMaxPasses(string min, string max) =>
        Assert.That(ClientRangeCheck.Validate(null, new ClientVersionRange(min, max)), Is.Empty);

    [Test]
    public void MaxWithoutMinIsAnError() =>
        Assert.That(CatalogNames.Of(ClientRangeCheck.Validate(new ClientVersionRange("", "2.0"), null)), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ClientMinVersionMissing) }));

    [TestCase("1.0-beta", "")]
    [TestCase("v1.0", "")]
    [TestCase("1.0", "latest")]
    [TestCase("1..0", "")]
    public void NonNumericVersionsAreErrors(string min, string max)
    {
        var findings = ClientRangeCheck.Validate(null, new ClientVersionRange(min, max));

        Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ClientVersionInvalid) }));
    }

    [TestCase(true, false, "Android", "iOS")]
    [TestCase(false, true, "iOS", "Android")]
    public void AndroidAndIosMustShareTheMaxPolicy(bool androidMax, bool iosMax, string withMax, string without)
    {
        var findings = ClientRangeCheck.Validate(new ClientVersionRange("1.0", androidMax ? "9.0" : ""), new ClientVersionRange("1.0", iosMax ? "9.0" : ""));

        Assert.That(findings.Select(f => (CatalogNames.Of(f), string.Join("|", f.Args))), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.ClientMaxPolicyMismatch), withMax + "|9.0|" + without) }));
    }

    [Test]
    public void HarmonyIsNotPartOfTheMaxPolicyRule() =>
        Assert.That(ClientRangeCheck.Validate(new ClientVersionRange("1.0"), null, new ClientVersionRange("1.0", "2.0")), Is.Empty);

    // Each finding is about the property of the bound it names: the adapter shows that property's line.
    [TestCase("", "", "", "", "OfflinePackageAndroidMinVersion")]
    [TestCase("1.x", "", "", "", "OfflinePackageAndroidMinVersion")]
    [TestCase("", "", "1.0", "x", "OfflinePackageIosMaxVersion")]
    [TestCase("", "2.0", "", "", "OfflinePackageAndroidMaxVersion")]
    [TestCase("", "", "2.0", "1.0", "OfflinePackageIosMinVersion")]
    [TestCase("1.0", "", "1.0", "9.0", "OfflinePackageIosMaxVersion")]
    [TestCase("1.0", "9.0", "1.0", "", "OfflinePackageAndroidMaxVersion")]
    public void FindingsAreAboutTheBoundsProperty(string androidMin, string androidMax, string iosMin, string iosMax, string property)
    {
        var findings = ClientRangeCheck.Validate(new ClientVersionRange(androidMin, androidMax), new ClientVersionRange(iosMin, iosMax));

        Assert.That(findings.Select(f => f.Subject), Is.EqualTo(new[] { Subject.Property(property) }));
    }
}
