using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>
/// The OPK6xxx codes of the preset checks: their severities, messages whose placeholders are exactly the arguments each
/// finding carries, and the subject each finding names.
/// </summary>
public class PresetCodesTests
{
    private static readonly Subject Bundle = new("/home/dev/shop/shop.csproj");

    /// <summary>The arguments each preset finding carries, in the order of its message's placeholders.</summary>
    private static readonly IReadOnlyDictionary<string, int> DocumentedArgumentCounts = new Dictionary<string, int>
    {
        [nameof(DiagnosticCatalog.VirtualDomainMissing)] = 0,
        [nameof(DiagnosticCatalog.VirtualDomainHasScheme)] = 1,
        [nameof(DiagnosticCatalog.VirtualDomainHasPath)] = 1,
        [nameof(DiagnosticCatalog.VirtualDomainHasPort)] = 1,
        [nameof(DiagnosticCatalog.VirtualDomainInvalid)] = 2,
        [nameof(DiagnosticCatalog.VirtualDomainNotLowerCase)] = 2,
        [nameof(DiagnosticCatalog.VirtualDomainSingleLabel)] = 1,
        [nameof(DiagnosticCatalog.ExtendInfoInvalidJson)] = 3,
        [nameof(DiagnosticCatalog.ExtendInfoNotObject)] = 1,
        [nameof(DiagnosticCatalog.AsyncReqRateInvalid)] = 1,
        [nameof(DiagnosticCatalog.ExtendInfoDuplicateMember)] = 1,
        [nameof(DiagnosticCatalog.NoClientPlatform)] = 0,
        [nameof(DiagnosticCatalog.ClientVersionInvalid)] = 3,
        [nameof(DiagnosticCatalog.ClientMinVersionMissing)] = 2,
        [nameof(DiagnosticCatalog.ClientMinAboveMax)] = 3,
        [nameof(DiagnosticCatalog.ClientMaxPolicyMismatch)] = 3,
        [nameof(DiagnosticCatalog.ProductVersionMissing)] = 1,
        [nameof(DiagnosticCatalog.ProductVersionNotNumeric)] = 3,
        [nameof(DiagnosticCatalog.IosMinAboveProductVersion)] = 3,
        [nameof(DiagnosticCatalog.IosMaxBelowProductVersion)] = 3,
        [nameof(DiagnosticCatalog.ProductVersionDiffersFromShortVersion)] = 3,
        [nameof(DiagnosticCatalog.PlistValueIsBuildSetting)] = 3,
        [nameof(DiagnosticCatalog.PlistNotFound)] = 1,
        [nameof(DiagnosticCatalog.PlistUnreadable)] = 2,
        [nameof(DiagnosticCatalog.PlistInvalid)] = 2,
        [nameof(DiagnosticCatalog.PlistUnsupportedFormat)] = 2,
        [nameof(DiagnosticCatalog.PlistRootNotDictionary)] = 2,
        [nameof(DiagnosticCatalog.H5JsonInvalidJson)] = 4,
        [nameof(DiagnosticCatalog.H5JsonUnreadable)] = 2,
        [nameof(DiagnosticCatalog.H5JsonInvalidShape)] = 2,
        [nameof(DiagnosticCatalog.H5JsonMemberType)] = 5,
        [nameof(DiagnosticCatalog.H5JsonMemberIgnored)] = 2,
        [nameof(DiagnosticCatalog.H5JsonConfigDiffers)] = 2,
        [nameof(DiagnosticCatalog.DuplicateAppId)] = 3,
        [nameof(DiagnosticCatalog.PresetEntryWithoutPackage)] = 2,
        [nameof(DiagnosticCatalog.PresetPackageWithoutEntry)] = 2,
        [nameof(DiagnosticCatalog.PresetVersionMismatch)] = 3,
        [nameof(DiagnosticCatalog.PresetFileNameMismatch)] = 2,
        [nameof(DiagnosticCatalog.PresetVHostMismatch)] = 3,
        [nameof(DiagnosticCatalog.PresetReferenceWithoutAmr)] = 2, // the project, the fix for the reason it gives
        [nameof(DiagnosticCatalog.PresetAmrNotFound)] = 1,
        [nameof(DiagnosticCatalog.PresetBundleEmpty)] = 0,
        [nameof(DiagnosticCatalog.PresetReferenceNotAPackage)] = 1,
    };

    /// <summary>Every OPK6xxx descriptor with the name of its catalogue field.</summary>
    private static IEnumerable<TestCaseData> PresetDescriptors() =>
        typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (Name: f.Name, Descriptor: (DiagnosticDescriptor)f.GetValue(null)!))
            .Where(d => d.Descriptor.Code.StartsWith("OPK6", StringComparison.Ordinal))
            .Select(d => new TestCaseData(d.Name, d.Descriptor).SetArgDisplayNames(d.Descriptor.Code));

    [Test]
    public void CodesAfterTheChecks_AreTheBundleCodes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(DiagnosticCatalog.PresetReferenceWithoutAmr.Code, Is.EqualTo("OPK6040"));
            Assert.That(DiagnosticCatalog.PresetReferenceWithoutAmr.Severity, Is.EqualTo(Severity.Error));
            Assert.That(DiagnosticCatalog.PresetAmrNotFound.Code, Is.EqualTo("OPK6041"));
            Assert.That(DiagnosticCatalog.PresetAmrNotFound.Severity, Is.EqualTo(Severity.Error));
            Assert.That(DiagnosticCatalog.PresetBundleEmpty.Code, Is.EqualTo("OPK6042"));
            Assert.That(DiagnosticCatalog.PresetBundleEmpty.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(DiagnosticCatalog.PresetReferenceNotAPackage.Code, Is.EqualTo("OPK6043"));
            Assert.That(DiagnosticCatalog.PresetReferenceNotAPackage.Severity, Is.EqualTo(Severity.Warning));
        }
    }

    [Test]
    public void The6xxxBucketHasExactly43Codes()
    {
        Assert.That(PresetDescriptors().Count(), Is.EqualTo(43));
    }

    [TestCaseSource(nameof(PresetDescriptors))]
    public void MessageUsesExactlyTheDocumentedArguments(string fieldName, DiagnosticDescriptor descriptor)
    {
        Assert.That(DocumentedArgumentCounts.TryGetValue(fieldName, out var count), Is.True, fieldName);
        var format = descriptor.MessageFormat;
        var indexes = Regex.Matches(format, @"\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var args = Enumerable.Range(0, count).Select(i => (object)("«arg" + i + "»")).ToArray();

        string formatted = string.Empty;
        Assert.That(() => formatted = string.Format(CultureInfo.InvariantCulture, format, args), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(indexes, Is.EquivalentTo(Enumerable.Range(0, count)), "placeholders {0}..{n-1}, each used");
            foreach (var arg in args)
            {
                Assert.That(formatted, Does.Contain((string)arg));
            }

            Assert.That(formatted, Does.Not.Contain("{").And.Not.Contain("}"));
        }
    }

    [Test]
    public void TheChecksWarningsAndInfosAreTheseCodes()
    {
        var checks = PresetDescriptors().Select(c => (Name: (string)c.Arguments[0]!, Descriptor: (DiagnosticDescriptor)c.Arguments[1]!))
            .Where(d => string.CompareOrdinal(d.Descriptor.Code, "OPK6039") <= 0)
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checks, Has.Count.EqualTo(39));
            Assert.That(checks.Where(d => d.Descriptor.Severity == Severity.Warning).Select(d => d.Name), Is.EquivalentTo(new[]
            {
                nameof(DiagnosticCatalog.VirtualDomainNotLowerCase), nameof(DiagnosticCatalog.VirtualDomainSingleLabel), nameof(DiagnosticCatalog.ExtendInfoDuplicateMember),
                nameof(DiagnosticCatalog.ProductVersionMissing), nameof(DiagnosticCatalog.ProductVersionNotNumeric), nameof(DiagnosticCatalog.IosMinAboveProductVersion),
                nameof(DiagnosticCatalog.IosMaxBelowProductVersion), nameof(DiagnosticCatalog.ProductVersionDiffersFromShortVersion), nameof(DiagnosticCatalog.H5JsonMemberType),
                nameof(DiagnosticCatalog.H5JsonMemberIgnored), nameof(DiagnosticCatalog.H5JsonConfigDiffers),
            }));
            Assert.That(checks.Where(d => d.Descriptor.Severity == Severity.Info).Select(d => d.Name), Is.EqualTo(new[] { nameof(DiagnosticCatalog.PlistValueIsBuildSetting) }));
        }
    }

    /// <summary>OPK6001–OPK6039: the codes the preset checks make themselves (OPK6040–6043 are made by the bundle tasks).</summary>
    private static IEnumerable<TestCaseData> CheckDescriptors() =>
        PresetDescriptors().Where(c => string.CompareOrdinal(((DiagnosticDescriptor)c.Arguments[1]!).Code, "OPK6039") <= 0);

    [TestCaseSource(nameof(CheckDescriptors))]
    public void RealFinding_HasTheDocumentedArgumentsAndSubject_AndTheMessageShowsEachArgument(string fieldName, DiagnosticDescriptor descriptor)
    {
        var (diagnostic, subject) = RealFinding(fieldName);
        var message = diagnostic.Message;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Descriptor, Is.SameAs(descriptor));
            Assert.That(diagnostic.Args, Has.Length.EqualTo(DocumentedArgumentCounts[fieldName]));
            Assert.That(diagnostic.Severity, Is.EqualTo(descriptor.Severity));
            Assert.That(diagnostic.Subject, Is.EqualTo(subject));
            foreach (var argument in diagnostic.Args)
            {
                Assert.That(message, Does.Contain((string)argument));
            }

            Assert.That(message, Does.Not.Contain("{").And.Not.Contain("}"));
            Assert.That(diagnostic.ToString(), Does.StartWith(subject + ": " + descriptor.Severity.ToString().ToLowerInvariant() + " " + descriptor.Code + ": "));
        }
    }

    /// <summary>
    /// A finding named <paramref name="fieldName"/> made by the preset code itself, from input that triggers it, and the
    /// subject it must name. Only PlistUnreadable is built by hand: an existing file that cannot be read is not portable to
    /// make (root reads anything).
    /// </summary>
    private static (Diagnostic Finding, Subject Subject) RealFinding(string fieldName)
    {
        var domain = Subject.Property("OfflinePackageVirtualDomain");
        var extendInfo = Subject.Property("OfflinePackageExtendInfo");
        var plist = new Subject("/home/dev/app/Info.plist");
        var h5Json = new Subject("/home/dev/presets/h5_json.json");
        var missingPlist = Path.Combine(Path.GetTempPath(), "opk-missing-" + Guid.NewGuid().ToString("N"), "Info.plist");
        var missingH5Json = Path.Combine(Path.GetTempPath(), "opk-missing-" + Guid.NewGuid().ToString("N"), "h5_json.json");
        (IEnumerable<Diagnostic> Findings, Subject Subject) made = fieldName switch
        {
            nameof(DiagnosticCatalog.VirtualDomainMissing) => (VirtualDomainCheck.Validate(" "), domain),
            nameof(DiagnosticCatalog.VirtualDomainHasScheme) => (VirtualDomainCheck.Validate("https://x.com"), domain),
            nameof(DiagnosticCatalog.VirtualDomainHasPath) => (VirtualDomainCheck.Validate("x.com/www"), domain),
            nameof(DiagnosticCatalog.VirtualDomainHasPort) => (VirtualDomainCheck.Validate("x.com:8080"), domain),
            nameof(DiagnosticCatalog.VirtualDomainInvalid) => (VirtualDomainCheck.Validate("h5_app.com"), domain),
            nameof(DiagnosticCatalog.VirtualDomainNotLowerCase) => (VirtualDomainCheck.Validate("H5App.com"), domain),
            nameof(DiagnosticCatalog.VirtualDomainSingleLabel) => (VirtualDomainCheck.Validate("h5app"), domain),
            nameof(DiagnosticCatalog.ExtendInfoInvalidJson) => (ExtendInfoCheck.Validate("{\"a\":\n  1,"), extendInfo),
            nameof(DiagnosticCatalog.ExtendInfoNotObject) => (ExtendInfoCheck.Validate("[1]"), extendInfo),
            nameof(DiagnosticCatalog.AsyncReqRateInvalid) => (ExtendInfoCheck.Validate("{\"asyncReqRate\":\"90000\"}"), extendInfo),
            nameof(DiagnosticCatalog.ExtendInfoDuplicateMember) => (ExtendInfoCheck.Validate("{\"launchParams\":{\"page\":\"a\",\"page\":\"b\"}}"), extendInfo),
            nameof(DiagnosticCatalog.NoClientPlatform) => (ClientRangeCheck.Validate(null, null), Subject.Property("OfflinePackageAndroidMinVersion")),
            nameof(DiagnosticCatalog.ClientVersionInvalid) => (ClientRangeCheck.Validate(new ClientVersionRange("10.1.x"), null), Subject.Property("OfflinePackageAndroidMinVersion")),
            nameof(DiagnosticCatalog.ClientMinVersionMissing) => (ClientRangeCheck.Validate(new ClientVersionRange("", "11.0"), null), Subject.Property("OfflinePackageAndroidMaxVersion")),
            nameof(DiagnosticCatalog.ClientMinAboveMax) => (ClientRangeCheck.Validate(null, new ClientVersionRange("1.10", "1.9")), Subject.Property("OfflinePackageIosMinVersion")),
            nameof(DiagnosticCatalog.ClientMaxPolicyMismatch) => (ClientRangeCheck.Validate(new ClientVersionRange("10.1.68", "10.2"), new ClientVersionRange("1.0.0.0")), Subject.Property("OfflinePackageAndroidMaxVersion")),
            nameof(DiagnosticCatalog.ProductVersionMissing) => (IosCheck("1.0", new Dictionary<string, string>()), plist),
            nameof(DiagnosticCatalog.ProductVersionNotNumeric) => (IosCheck("1.0", Plist("1.0 beta", null)), plist),
            nameof(DiagnosticCatalog.IosMinAboveProductVersion) => (IosCheck("2.0", Plist("1.0.0.0", null)), plist),
            nameof(DiagnosticCatalog.IosMaxBelowProductVersion) => (IosCheck("0.5", Plist("1.0.0.0", null), "0.9"), plist),
            nameof(DiagnosticCatalog.ProductVersionDiffersFromShortVersion) => (IosCheck("1.0", Plist("1.0.0.0", "1.0")), plist),
            nameof(DiagnosticCatalog.PlistValueIsBuildSetting) => (IosCheck("1.0", Plist("$(MARKETING_VERSION)", null)), plist),
            nameof(DiagnosticCatalog.PlistNotFound) => (PlistReader.Read(missingPlist).Diagnostics, new Subject(missingPlist)),
            nameof(DiagnosticCatalog.PlistUnreadable) => ([new Diagnostic(DiagnosticCatalog.PlistUnreadable, plist, plist.File, "Permission denied")], plist),
            nameof(DiagnosticCatalog.PlistInvalid) => (PlistReader.Parse([], plist.File).Diagnostics, plist),
            nameof(DiagnosticCatalog.PlistUnsupportedFormat) => (PlistReader.Parse(Encoding.ASCII.GetBytes("{ \"Product Version\" = \"1.0\"; }"), plist.File).Diagnostics, plist),
            nameof(DiagnosticCatalog.PlistRootNotDictionary) => (PlistReader.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><plist version=\"1.0\"><array/></plist>"), plist.File).Diagnostics, plist),
            nameof(DiagnosticCatalog.H5JsonInvalidJson) => (H5JsonDocument.Parse("{", h5Json.File).Diagnostics, h5Json),
            nameof(DiagnosticCatalog.H5JsonUnreadable) => (H5JsonDocument.Load(missingH5Json).Diagnostics, new Subject(missingH5Json)),
            nameof(DiagnosticCatalog.H5JsonInvalidShape) => (H5JsonDocument.Parse("{\"config\":{}}", h5Json.File).Diagnostics, h5Json),
            nameof(DiagnosticCatalog.H5JsonMemberType) => (H5JsonDocument.Parse("{\"data\":[{\"app_id\":\"70000000\",\"version\":\"1.0.0.6\",\"auto_install\":\"1\"}]}", h5Json.File).Diagnostics, h5Json),
            nameof(DiagnosticCatalog.H5JsonMemberIgnored) => (H5JsonDocument.Parse("{\"data\":[],\"extra\":1}", h5Json.File).Diagnostics, h5Json),
            nameof(DiagnosticCatalog.H5JsonConfigDiffers) => (H5JsonDocument.Merge(
                [Document("{\"data\":[]}"), Document("{\"config\":{\"updateReqRate\":1},\"data\":[]}")],
                Bundle,
                ["a/h5_json.json", "b/h5_json.json"]).Diagnostics, Bundle),
            _ => (BundleFindings(), Bundle),
        };

        return (made.Findings.First(f => CatalogNames.Of(f) == fieldName), made.Subject);
    }

    private static IReadOnlyList<Diagnostic> IosCheck(string min, IReadOnlyDictionary<string, string> values, string max = "") =>
        ProductVersionCheck.Validate(new ClientVersionRange(min, max), new PlistDocument("/home/dev/app/Info.plist", values));

    private static Dictionary<string, string> Plist(string productVersion, string? shortVersion)
    {
        var values = new Dictionary<string, string> { [PlistReader.ProductVersionKey] = productVersion };
        if (shortVersion != null)
        {
            values[PlistReader.ShortVersionKey] = shortVersion;
        }

        return values;
    }

    private static H5JsonDocument Document(string json) => H5JsonDocument.Parse(json).Value!;

    /// <summary>Every preset bundle mismatch at once: a duplicate, an entry without .amr, an .amr without entry, a version and a vhost mismatch, a misnamed file.</summary>
    private static IReadOnlyList<Diagnostic> BundleFindings()
    {
        var document = Document(
            "{\"data\":["
            + "{\"app_id\":\"70000000\",\"version\":\"1.0.0.6\",\"vhost\":\"https://70000000.h5app.com\"},"
            + "{\"app_id\":\"70000000\",\"version\":\"1.0.0.7\",\"vhost\":\"https://70000000.h5app.com\"},"
            + "{\"app_id\":\"70000001\",\"version\":\"1.0.0.0\",\"vhost\":\"https://70000001.h5app.com\"},"
            + "{\"app_id\":\"70000002\",\"version\":\"2.0.0.0\",\"vhost\":\"https://70000002.example.com\"}"
            + "]}");
        var packages = new[]
        {
            new PresetPackage("70000000", "1.0.0.6", "70000000_1.0.0.6.amr"),
            new PresetPackage("70000002", "2.0.0.1", "70000002.amr"),
            new PresetPackage("77777777", "1.0.0.0", "77777777_1.0.0.0.amr"),
        };

        return PresetBundleCheck.Validate(document, packages, "h5app.com", Bundle);
    }
}
