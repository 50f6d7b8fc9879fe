using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using static OfflinePackage.Tests.Presets.PresetTestData;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

public class PresetValidationTests
{
    private static PresetFindingKind[] Kinds(IEnumerable<PresetFinding> findings) => findings.Select(f => f.Kind).ToArray();

    // Virtual domain.

    [TestCase("h5app.com")]
    [TestCase("sub.h5app.com")]
    [TestCase("my-app.example.cn")]
    [TestCase(" h5app.com ")]
    [TestCase("xn--fiqs8s.com")]
    public void BareLowerCaseDomainsPass(string domain) =>
        Assert.That(PresetValidation.ValidateVirtualDomain(domain), Is.Empty);

    [TestCase(null, PresetFindingKind.VirtualDomainMissing)]
    [TestCase("", PresetFindingKind.VirtualDomainMissing)]
    [TestCase("  ", PresetFindingKind.VirtualDomainMissing)]
    [TestCase("https://h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("http://h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("HTTPS://h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("https:h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("//h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("ftp://h5app.com", PresetFindingKind.VirtualDomainHasScheme)]
    [TestCase("h5app.com/", PresetFindingKind.VirtualDomainHasPath)]
    [TestCase("h5app.com/www", PresetFindingKind.VirtualDomainHasPath)]
    [TestCase("h5app.com?a=1", PresetFindingKind.VirtualDomainHasPath)]
    [TestCase("h5app.com#x", PresetFindingKind.VirtualDomainHasPath)]
    [TestCase("h5app.com\\x", PresetFindingKind.VirtualDomainHasPath)]
    [TestCase("h5app.com:8080", PresetFindingKind.VirtualDomainHasPort)]
    [TestCase("h5app.com:", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("[::1]", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("user@h5app.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("h5app..com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase(".h5app.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("h5app.com.", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("-h5app.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("h5app-.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("h5_app.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("h5 app.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("例子.com", PresetFindingKind.VirtualDomainInvalid)]
    [TestCase("192.168.1.10", PresetFindingKind.VirtualDomainInvalid)]
    public void DomainsThatCannotFormAVhostAreErrors(string? domain, PresetFindingKind kind)
    {
        var findings = PresetValidation.ValidateVirtualDomain(domain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { kind }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Error));
        }
    }

    [Test]
    public void OverlongLabelsAndNamesAreErrors()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(PresetValidation.ValidateVirtualDomain(new string('a', 64) + ".com")), Is.EqualTo(new[] { PresetFindingKind.VirtualDomainInvalid }));
            Assert.That(PresetValidation.ValidateVirtualDomain(new string('a', 63) + ".com"), Is.Empty);
            Assert.That(Kinds(PresetValidation.ValidateVirtualDomain(string.Join(".", Enumerable.Repeat(new string('a', 50), 5)) + ".com")), Is.EqualTo(new[] { PresetFindingKind.VirtualDomainInvalid }));
        }
    }

    [TestCase("H5App.com", PresetFindingKind.VirtualDomainNotLowerCase)]
    [TestCase("localhost", PresetFindingKind.VirtualDomainSingleLabel)]
    public void SuspiciousDomainsAreWarnings(string domain, PresetFindingKind kind)
    {
        var findings = PresetValidation.ValidateVirtualDomain(domain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { kind }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
        }
    }

    [Test]
    public void UpperCaseFindingSuggestsTheLowerCaseForm() =>
        Assert.That(PresetValidation.ValidateVirtualDomain("H5App.COM")[0].Arguments, Is.EqualTo(new[] { "H5App.COM", "h5app.com" }));

    // Extension info.

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("{}")]
    [TestCase("{\"asyncReqRate\":\"1800\"}")]
    [TestCase("{\"asyncReqRate\":1800}")]
    [TestCase("{\"asyncReqRate\":\"0\"}")]
    [TestCase("{\"asyncReqRate\":0}")]
    [TestCase("{\"asyncReqRate\":\"86400\"}")]
    [TestCase("{\"asyncReqRate\":86400}")]
    [TestCase("{\"asyncReqRate\":\"000086400\"}")]
    [TestCase("{\"launchParams\":{\"enableTabBar\":\"NO\",\"asyncReqRate\":\"x\"},\"usePresetPopmenu\":\"YES\"}")]
    public void ValidExtendInfoPasses(string? extendInfo) =>
        Assert.That(PresetValidation.ValidateExtendInfo(extendInfo), Is.Empty);

    [TestCase("86401")]
    [TestCase("\"86401\"")]
    [TestCase("\"abc\"")]
    [TestCase("-1")]
    [TestCase("\"-1\"")]
    [TestCase("1.5")]
    [TestCase("1800.0")]
    [TestCase("1e3")]
    [TestCase("\"1e3\"")]
    [TestCase("\"1800 \"")]
    [TestCase("\" 1800\"")]
    [TestCase("\"\"")]
    [TestCase("\"１８００\"")]
    [TestCase("true")]
    [TestCase("null")]
    [TestCase("[1800]")]
    [TestCase("99999999999999999999")]
    public void AsyncReqRateOutsideZeroTo86400OrNotAnIntegerIsAnError(string value)
    {
        var findings = PresetValidation.ValidateExtendInfo("{\"asyncReqRate\":" + value + "}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.AsyncReqRateInvalid }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(findings[0].Arguments, Is.EqualTo(new[] { value }));
        }
    }

    [Test]
    public void EveryDuplicatedAsyncReqRateIsCheckedAndDuplicatesAreWarned()
    {
        var findings = PresetValidation.ValidateExtendInfo("{\"asyncReqRate\":\"abc\",\"asyncReqRate\":\"1800\"}");

        Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.AsyncReqRateInvalid, PresetFindingKind.ExtendInfoDuplicateMember }));
    }

    [Test]
    public void NestedDuplicatesAreNamedByPath()
    {
        var findings = PresetValidation.ValidateExtendInfo("{\"launchParams\":{\"page\":\"a\",\"page\":\"b\",\"page\":\"c\"},\"list\":[{\"x\":1,\"x\":2}]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Arguments[0]), Is.EqualTo(new[] { "launchParams.page", "list[0].x" }));
            Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(Severity.Warning));
        }
    }

    [TestCase("asyncReqRate=1800,foo=bar", "1", "1")]
    [TestCase("{\"asyncReqRate\":\"1800\",}", "1", "24")]
    [TestCase("{\n\"a\": 'b'\n}", "2", "6")]
    public void ExtendInfoThatIsNotJsonIsAnErrorWithItsPosition(string extendInfo, string line, string column)
    {
        var findings = PresetValidation.ValidateExtendInfo(extendInfo);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.ExtendInfoInvalidJson }));
            Assert.That(findings[0].Arguments.Skip(1), Is.EqualTo(new[] { line, column }));
        }
    }

    [TestCase("[]", "an array")]
    [TestCase("\"{}\"", "a string")]
    [TestCase("1800", "a number")]
    [TestCase("null", "null")]
    public void ExtendInfoMustBeAnObject(string extendInfo, string kind) =>
        Assert.That(PresetValidation.ValidateExtendInfo(extendInfo).Select(f => (f.Kind, f.Arguments[0])), Is.EqualTo(new[] { (PresetFindingKind.ExtendInfoNotObject, kind) }));

    // Client version ranges.

    [Test]
    public void OneRangeWithSystemDefaultMaxPasses() =>
        Assert.That(PresetValidation.ValidateClientRanges(new ClientVersionRange("10.1.68"), null), Is.Empty);

    [Test]
    public void BothPlatformsWithSystemDefaultMaxPass() =>
        Assert.That(PresetValidation.ValidateClientRanges(new ClientVersionRange("10.1.68"), new ClientVersionRange("1.0.0.0")), Is.Empty);

    [Test]
    public void BothPlatformsWithCustomMaxPass() =>
        Assert.That(PresetValidation.ValidateClientRanges(new ClientVersionRange("1.9.0", "1.10.0"), new ClientVersionRange("1.0", "2.0")), Is.Empty);

    [Test]
    public void HarmonyAloneCountsAsAPlatform() =>
        Assert.That(PresetValidation.ValidateClientRanges(null, null, new ClientVersionRange("1.0.0")), Is.Empty);

    [Test]
    public void NoPlatformIsAnError()
    {
        var findings = PresetValidation.ValidateClientRanges(null, new ClientVersionRange(""), new ClientVersionRange(" ", " "));

        Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.NoClientPlatform }));
    }

    [TestCase("1.10.0", "1.9.0")]
    [TestCase("2", "1.99.99")]
    [TestCase("1.0.0.1", "1.0")]
    public void MinAboveMaxIsAnError(string min, string max)
    {
        var findings = PresetValidation.ValidateClientRanges(new ClientVersionRange(min, max), null);

        Assert.That(findings.Select(f => (f.Kind, string.Join("|", f.Arguments))), Is.EqualTo(new[] { (PresetFindingKind.ClientMinAboveMax, "Android|" + min + "|" + max) }));
    }

    [TestCase("1.0", "1.0.0")]
    [TestCase("1.9.0", "1.10.0")]
    public void MinEqualToOrBelowMaxPasses(string min, string max) =>
        Assert.That(PresetValidation.ValidateClientRanges(null, new ClientVersionRange(min, max)), Is.Empty);

    [Test]
    public void MaxWithoutMinIsAnError() =>
        Assert.That(Kinds(PresetValidation.ValidateClientRanges(new ClientVersionRange("", "2.0"), null)), Is.EqualTo(new[] { PresetFindingKind.ClientMinVersionMissing }));

    [TestCase("1.0-beta", "")]
    [TestCase("v1.0", "")]
    [TestCase("1.0", "latest")]
    [TestCase("1..0", "")]
    public void NonNumericVersionsAreErrors(string min, string max)
    {
        var findings = PresetValidation.ValidateClientRanges(null, new ClientVersionRange(min, max));

        Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.ClientVersionInvalid }));
    }

    [TestCase(true, false, "Android", "iOS")]
    [TestCase(false, true, "iOS", "Android")]
    public void AndroidAndIosMustShareTheMaxPolicy(bool androidMax, bool iosMax, string withMax, string without)
    {
        var findings = PresetValidation.ValidateClientRanges(new ClientVersionRange("1.0", androidMax ? "9.0" : ""), new ClientVersionRange("1.0", iosMax ? "9.0" : ""));

        Assert.That(findings.Select(f => (f.Kind, string.Join("|", f.Arguments))), Is.EqualTo(new[] { (PresetFindingKind.ClientMaxPolicyMismatch, withMax + "|9.0|" + without) }));
    }

    [Test]
    public void HarmonyIsNotPartOfTheMaxPolicyRule() =>
        Assert.That(PresetValidation.ValidateClientRanges(new ClientVersionRange("1.0"), null, new ClientVersionRange("1.0", "2.0")), Is.Empty);

    // iOS Product Version.

    private static PlistDocument Plist(string? product, string? shortVersion)
    {
        var values = new Dictionary<string, object?>();
        if (product != null)
        {
            values[PlistReader.ProductVersionKey] = product;
        }

        if (shortVersion != null)
        {
            values[PlistReader.ShortVersionKey] = shortVersion;
        }

        return PlistDocument.FromValues("Info.plist", values);
    }

    [TestCase("1.0.0.0")]
    [TestCase("0.9")]
    [TestCase("1.0")]
    public void IosMinAtOrBelowProductVersionPasses(string min) =>
        Assert.That(PresetValidation.ValidateIosProductVersion(new ClientVersionRange(min), Plist("1.0.0.0", "1.0.0.0")), Is.Empty);

    [TestCase("1.9.0.1")]
    [TestCase("1.10")]
    public void IosMinAboveProductVersionIsAWarning(string min)
    {
        var findings = PresetValidation.ValidateIosProductVersion(new ClientVersionRange(min), Plist("1.9.0.0", null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => (f.Kind, string.Join("|", f.Arguments))), Is.EqualTo(new[] { (PresetFindingKind.IosMinAboveProductVersion, min + "|1.9.0.0|Info.plist") }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
        }
    }

    [Test]
    public void IosMaxBelowProductVersionIsAWarning() =>
        Assert.That(Kinds(PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0", "1.9"), Plist("1.10", null))), Is.EqualTo(new[] { PresetFindingKind.IosMaxBelowProductVersion }));

    [Test]
    public void MissingProductVersionIsAWarning() =>
        Assert.That(Kinds(PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0"), Plist(null, "1.0"))), Is.EqualTo(new[] { PresetFindingKind.ProductVersionMissing }));

    [Test]
    public void NonStringProductVersionCountsAsMissing()
    {
        var plist = PlistDocument.FromValues("Info.plist", new Dictionary<string, object?> { [PlistReader.ProductVersionKey] = 1L });

        Assert.That(Kinds(PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0"), plist)), Is.EqualTo(new[] { PresetFindingKind.ProductVersionMissing }));
    }

    [Test]
    public void NonNumericProductVersionIsAWarning() =>
        Assert.That(Kinds(PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0"), Plist("1.0 beta", "1.0 beta"))), Is.EqualTo(new[] { PresetFindingKind.ProductVersionNotNumeric }));

    [Test]
    public void XcodeBuildSettingsAreNotChecked()
    {
        var findings = PresetValidation.ValidateIosProductVersion(new ClientVersionRange("9.0"), Plist("$(PRODUCT_VERSION)", "${MARKETING_VERSION}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.PlistValueIsBuildSetting }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Info));
        }
    }

    [Test]
    public void ShortVersionAsBuildSettingIsNotCompared() =>
        Assert.That(Kinds(PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0"), Plist("1.0.0.0", "$(MARKETING_VERSION)"))), Is.EqualTo(new[] { PresetFindingKind.PlistValueIsBuildSetting }));

    [Test]
    public void ProductVersionDifferingFromShortVersionIsAWarningThatSaysTheClaimIsUnverified()
    {
        var findings = PresetValidation.ValidateIosProductVersion(new ClientVersionRange("1.0"), Plist("1.0.0.0", "1.0"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(findings), Is.EqualTo(new[] { PresetFindingKind.ProductVersionDiffersFromShortVersion }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(findings[0].Message, Does.Contain("no mPaaS source confirms"));
            Assert.That(findings[0].Arguments, Is.EqualTo(new[] { "1.0.0.0", "1.0", "Info.plist" }));
        }
    }

    [Test]
    public void NothingIsCheckedWithoutAnIosRange()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PresetValidation.ValidateIosProductVersion(null, Plist(null, null)), Is.Empty);
            Assert.That(PresetValidation.ValidateIosProductVersion(new ClientVersionRange(""), Plist(null, null)), Is.Empty);
        }
    }

    // Preset bundle (h5_json.json against the .amr files).

    private static readonly PresetPackage[] DemoPackages =
    [
        new("77777777", "1.0.0.0", "77777777_1.0.0.0.amr"),
        new("70000000", "1.0.0.6", "70000000_1.0.0.6.amr"),
    ];

    [RequiresMpaasDemo]
    [Test]
    public void TheDemoBundleIsConsistent() =>
        Assert.That(PresetValidation.ValidatePresetBundle(Parse(AndroidDemoBytes), DemoPackages, "h5app.com"), Is.Empty);

    [Test]
    public void PresetFileNameIsIdUnderscoreVersion() =>
        Assert.That(PresetValidation.PresetFileName("70000000", "1.0.0.6"), Is.EqualTo("70000000_1.0.0.6.amr"));

    [RequiresMpaasDemo]
    [Test]
    public void BundleMismatchesAreErrors()
    {
        var packages = new PresetPackage[]
        {
            new("70000000", "1.0.0.7", "70000000_1.0.0.7.amr"),
            new("12345678", "1.0.0.0", "12345678-1.0.0.0.amr"),
        };

        var findings = PresetValidation.ValidatePresetBundle(Parse(AndroidDemoBytes), packages, "example.com");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => (f.Kind, string.Join("|", f.Arguments))), Is.EquivalentTo(new[]
            {
                (PresetFindingKind.PresetFileNameMismatch, "12345678-1.0.0.0.amr|12345678_1.0.0.0.amr"),
                (PresetFindingKind.PresetEntryWithoutPackage, "77777777|1.0.0.0"),
                (PresetFindingKind.PresetVHostMismatch, "77777777|https://77777777.h5app.com|https://77777777.example.com"),
                (PresetFindingKind.PresetVersionMismatch, "70000000|1.0.0.6|1.0.0.7"),
                (PresetFindingKind.PresetVHostMismatch, "70000000|https://70000000.h5app.com|https://70000000.example.com"),
                (PresetFindingKind.PresetPackageWithoutEntry, "12345678|1.0.0.0"),
            }));
            Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(Severity.Error));
        }
    }

    [Test]
    public void BundleWithDuplicateEntriesIsAnError()
    {
        var document = new H5JsonDocument([Entry(AndroidNormal), Entry(AndroidGlobal), Entry(AndroidNormal)]);

        Assert.That(Kinds(PresetValidation.ValidatePresetBundle(document, DemoPackages)), Is.EqualTo(new[] { PresetFindingKind.DuplicateAppId }));
    }

    [Test]
    public void EveryKindHasADocumentedSeverity()
    {
        var kinds = Enum.GetValues<PresetFindingKind>();
        var warnings = kinds.Where(k => PresetFinding.SeverityOf(k) == Severity.Warning).ToArray();

        Assert.That(warnings, Is.EquivalentTo(new[]
        {
            PresetFindingKind.VirtualDomainNotLowerCase, PresetFindingKind.VirtualDomainSingleLabel, PresetFindingKind.ExtendInfoDuplicateMember,
            PresetFindingKind.ProductVersionMissing, PresetFindingKind.ProductVersionNotNumeric, PresetFindingKind.IosMinAboveProductVersion,
            PresetFindingKind.IosMaxBelowProductVersion, PresetFindingKind.ProductVersionDiffersFromShortVersion, PresetFindingKind.H5JsonMemberType,
            PresetFindingKind.H5JsonMemberIgnored, PresetFindingKind.H5JsonConfigDiffers,
        }));
    }
}
