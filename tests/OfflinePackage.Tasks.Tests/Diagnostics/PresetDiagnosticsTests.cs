using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>
/// The OPK6xxx codes of the preset checks: one code per <see cref="PresetFindingKind"/>, the same severity, and
/// messages whose placeholders are exactly the arguments each finding carries.
/// </summary>
public class PresetDiagnosticsTests
{
    private static readonly Subject Location = new("/home/dev/shop/shop.csproj", 7, 5);

    /// <summary>The argument count documented on each kind (PresetFinding.cs), and for OPK6040–6043 in the bundle tasks.</summary>
    private static readonly IReadOnlyDictionary<string, int> DocumentedArgumentCounts = new Dictionary<string, int>
    {
        [nameof(PresetFindingKind.VirtualDomainMissing)] = 0,
        [nameof(PresetFindingKind.VirtualDomainHasScheme)] = 1,
        [nameof(PresetFindingKind.VirtualDomainHasPath)] = 1,
        [nameof(PresetFindingKind.VirtualDomainHasPort)] = 1,
        [nameof(PresetFindingKind.VirtualDomainInvalid)] = 2,
        [nameof(PresetFindingKind.VirtualDomainNotLowerCase)] = 2,
        [nameof(PresetFindingKind.VirtualDomainSingleLabel)] = 1,
        [nameof(PresetFindingKind.ExtendInfoInvalidJson)] = 3,
        [nameof(PresetFindingKind.ExtendInfoNotObject)] = 1,
        [nameof(PresetFindingKind.AsyncReqRateInvalid)] = 1,
        [nameof(PresetFindingKind.ExtendInfoDuplicateMember)] = 1,
        [nameof(PresetFindingKind.NoClientPlatform)] = 0,
        [nameof(PresetFindingKind.ClientVersionInvalid)] = 3,
        [nameof(PresetFindingKind.ClientMinVersionMissing)] = 2,
        [nameof(PresetFindingKind.ClientMinAboveMax)] = 3,
        [nameof(PresetFindingKind.ClientMaxPolicyMismatch)] = 3,
        [nameof(PresetFindingKind.ProductVersionMissing)] = 1,
        [nameof(PresetFindingKind.ProductVersionNotNumeric)] = 3,
        [nameof(PresetFindingKind.IosMinAboveProductVersion)] = 3,
        [nameof(PresetFindingKind.IosMaxBelowProductVersion)] = 3,
        [nameof(PresetFindingKind.ProductVersionDiffersFromShortVersion)] = 3,
        [nameof(PresetFindingKind.PlistValueIsBuildSetting)] = 3,
        [nameof(PresetFindingKind.PlistNotFound)] = 1,
        [nameof(PresetFindingKind.PlistUnreadable)] = 2,
        [nameof(PresetFindingKind.PlistInvalid)] = 2,
        [nameof(PresetFindingKind.PlistUnsupportedFormat)] = 2,
        [nameof(PresetFindingKind.PlistRootNotDictionary)] = 2,
        [nameof(PresetFindingKind.H5JsonInvalidJson)] = 4,
        [nameof(PresetFindingKind.H5JsonUnreadable)] = 2,
        [nameof(PresetFindingKind.H5JsonInvalidShape)] = 2,
        [nameof(PresetFindingKind.H5JsonMemberType)] = 5,
        [nameof(PresetFindingKind.H5JsonMemberIgnored)] = 2,
        [nameof(PresetFindingKind.H5JsonConfigDiffers)] = 2,
        [nameof(PresetFindingKind.DuplicateAppId)] = 3,
        [nameof(PresetFindingKind.PresetEntryWithoutPackage)] = 2,
        [nameof(PresetFindingKind.PresetPackageWithoutEntry)] = 2,
        [nameof(PresetFindingKind.PresetVersionMismatch)] = 3,
        [nameof(PresetFindingKind.PresetFileNameMismatch)] = 2,
        [nameof(PresetFindingKind.PresetVHostMismatch)] = 3,
        [nameof(DiagnosticCatalog.PresetReferenceWithoutAmr)] = 2, // the project, the fix for the reason it gives
        [nameof(DiagnosticCatalog.PresetAmrNotFound)] = 1,
        [nameof(DiagnosticCatalog.PresetBundleEmpty)] = 0,
        [nameof(DiagnosticCatalog.PresetReferenceNotAPackage)] = 1,
    };

    private static IEnumerable<PresetFindingKind> Kinds() => Enum.GetValues<PresetFindingKind>();

    /// <summary>Every OPK6xxx descriptor with the name of its catalogue field.</summary>
    private static IEnumerable<TestCaseData> PresetDescriptors() =>
        typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (Name: f.Name, Descriptor: (DiagnosticDescriptor)f.GetValue(null)!))
            .Where(d => d.Descriptor.Code.StartsWith("OPK6", StringComparison.Ordinal))
            .Select(d => new TestCaseData(d.Name, d.Descriptor).SetArgDisplayNames(d.Descriptor.Code));

    [Test]
    public void EveryKindHasADistinctCodeFrom6001To6039()
    {
        var codes = Kinds().Select(k => PresetDiagnostics.For(k).Code).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes, Is.Unique);
            Assert.That(codes, Has.Count.EqualTo(39));
            Assert.That(codes, Is.All.Match(@"^OPK60(0[1-9]|[12][0-9]|3[0-9])$"));
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void KindMapsToTheCatalogueFieldOfItsName_InEnumOrder(PresetFindingKind kind)
    {
        var descriptor = PresetDiagnostics.For(kind);
        var field = typeof(DiagnosticCatalog).GetField(kind.ToString(), BindingFlags.Public | BindingFlags.Static);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(field, Is.Not.Null);
            Assert.That(field?.GetValue(null), Is.SameAs(descriptor));
            Assert.That(descriptor.Code, Is.EqualTo("OPK" + (6001 + (int)kind).ToString(CultureInfo.InvariantCulture)));
            Assert.That(DiagnosticCatalog.All, Does.Contain(descriptor));
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void CatalogueSeverityIsTheFindingsSeverity(PresetFindingKind kind)
    {
        Assert.That(PresetDiagnostics.For(kind).Severity, Is.EqualTo(PresetFinding.SeverityOf(kind)));
    }

    [Test]
    public void UnknownKind_Throws()
    {
        Assert.That(() => PresetDiagnostics.For((PresetFindingKind)999), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void CodesAfterTheKinds_AreTheBundleCodes()
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

    [TestCaseSource(nameof(Kinds))]
    public void RealFinding_HasTheDocumentedArguments_AndTheMessageShowsEachOfThem(PresetFindingKind kind)
    {
        var finding = RealFinding(kind);
        var diagnostic = PresetDiagnostics.ToDiagnostic(finding, Location);
        var message = diagnostic.Message;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.Kind, Is.EqualTo(kind));
            Assert.That(finding.Arguments, Has.Count.EqualTo(DocumentedArgumentCounts[kind.ToString()]));
            Assert.That(diagnostic.Descriptor, Is.SameAs(PresetDiagnostics.For(kind)));
            Assert.That(diagnostic.Severity, Is.EqualTo(finding.Severity));
            Assert.That(diagnostic.Subject, Is.EqualTo(Location));
            Assert.That(diagnostic.Args, Is.EqualTo(finding.Arguments));
            foreach (var argument in finding.Arguments)
            {
                Assert.That(message, Does.Contain(argument));
            }

            Assert.That(message, Does.Not.Contain("{").And.Not.Contain("}"));
            Assert.That(diagnostic.ToString(), Does.StartWith("/home/dev/shop/shop.csproj(7,5): " + finding.Severity.ToString().ToLowerInvariant() + " " + diagnostic.Code + ": "));
        }
    }

    /// <summary>
    /// A finding of <paramref name="kind"/> made by the preset code itself, from input that triggers it. Only
    /// PlistUnreadable is built by hand: an existing file that cannot be read is not portable to make (root reads anything).
    /// </summary>
    private static PresetFinding RealFinding(PresetFindingKind kind)
    {
        IEnumerable<PresetFinding> findings = kind switch
        {
            PresetFindingKind.VirtualDomainMissing => PresetValidation.ValidateVirtualDomain(" "),
            PresetFindingKind.VirtualDomainHasScheme => PresetValidation.ValidateVirtualDomain("https://x.com"),
            PresetFindingKind.VirtualDomainHasPath => PresetValidation.ValidateVirtualDomain("x.com/www"),
            PresetFindingKind.VirtualDomainHasPort => PresetValidation.ValidateVirtualDomain("x.com:8080"),
            PresetFindingKind.VirtualDomainInvalid => PresetValidation.ValidateVirtualDomain("h5_app.com"),
            PresetFindingKind.VirtualDomainNotLowerCase => PresetValidation.ValidateVirtualDomain("H5App.com"),
            PresetFindingKind.VirtualDomainSingleLabel => PresetValidation.ValidateVirtualDomain("h5app"),
            PresetFindingKind.ExtendInfoInvalidJson => PresetValidation.ValidateExtendInfo("{\"a\":\n  1,"),
            PresetFindingKind.ExtendInfoNotObject => PresetValidation.ValidateExtendInfo("[1]"),
            PresetFindingKind.AsyncReqRateInvalid => PresetValidation.ValidateExtendInfo("{\"asyncReqRate\":\"90000\"}"),
            PresetFindingKind.ExtendInfoDuplicateMember => PresetValidation.ValidateExtendInfo("{\"launchParams\":{\"page\":\"a\",\"page\":\"b\"}}"),
            PresetFindingKind.NoClientPlatform => PresetValidation.ValidateClientRanges(null, null),
            PresetFindingKind.ClientVersionInvalid => PresetValidation.ValidateClientRanges(new ClientVersionRange("10.1.x"), null),
            PresetFindingKind.ClientMinVersionMissing => PresetValidation.ValidateClientRanges(new ClientVersionRange("", "11.0"), null),
            PresetFindingKind.ClientMinAboveMax => PresetValidation.ValidateClientRanges(new ClientVersionRange("1.10", "1.9"), null),
            PresetFindingKind.ClientMaxPolicyMismatch => PresetValidation.ValidateClientRanges(new ClientVersionRange("10.1.68", "10.2"), new ClientVersionRange("1.0.0.0")),
            PresetFindingKind.ProductVersionMissing => IosCheck("1.0", new Dictionary<string, object?>()),
            PresetFindingKind.ProductVersionNotNumeric => IosCheck("1.0", Plist("1.0 beta", null)),
            PresetFindingKind.IosMinAboveProductVersion => IosCheck("2.0", Plist("1.0.0.0", null)),
            PresetFindingKind.IosMaxBelowProductVersion => IosCheck("0.5", Plist("1.0.0.0", null), "0.9"),
            PresetFindingKind.ProductVersionDiffersFromShortVersion => IosCheck("1.0", Plist("1.0.0.0", "1.0")),
            PresetFindingKind.PlistValueIsBuildSetting => IosCheck("1.0", Plist("$(MARKETING_VERSION)", null)),
            PresetFindingKind.PlistNotFound => PlistReader.Read(Path.Combine(Path.GetTempPath(), "opk-missing-" + Guid.NewGuid().ToString("N"), "Info.plist")).Findings,
            PresetFindingKind.PlistUnreadable => [new PresetFinding(kind, "by hand", "/home/dev/app/Info.plist", "Permission denied")],
            PresetFindingKind.PlistInvalid => PlistReader.Parse([], "/home/dev/app/Info.plist").Findings,
            PresetFindingKind.PlistUnsupportedFormat => PlistReader.Parse(Encoding.ASCII.GetBytes("{ \"Product Version\" = \"1.0\"; }"), "/home/dev/app/Info.plist").Findings,
            PresetFindingKind.PlistRootNotDictionary => PlistReader.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><plist version=\"1.0\"><array/></plist>"), "/home/dev/app/Info.plist").Findings,
            PresetFindingKind.H5JsonInvalidJson => H5JsonDocument.Parse("{", "/home/dev/presets/h5_json.json").Findings,
            PresetFindingKind.H5JsonUnreadable => H5JsonDocument.Load(Path.Combine(Path.GetTempPath(), "opk-missing-" + Guid.NewGuid().ToString("N"), "h5_json.json")).Findings,
            PresetFindingKind.H5JsonInvalidShape => H5JsonDocument.Parse("{\"config\":{}}", "/home/dev/presets/h5_json.json").Findings,
            PresetFindingKind.H5JsonMemberType => H5JsonDocument.Parse("{\"data\":[{\"app_id\":\"70000000\",\"version\":\"1.0.0.6\",\"auto_install\":\"1\"}]}", "/home/dev/presets/h5_json.json").Findings,
            PresetFindingKind.H5JsonMemberIgnored => H5JsonDocument.Parse("{\"data\":[],\"extra\":1}", "/home/dev/presets/h5_json.json").Findings,
            PresetFindingKind.H5JsonConfigDiffers => H5JsonDocument.Merge(
                [Document("{\"data\":[]}"), Document("{\"config\":{\"updateReqRate\":1},\"data\":[]}")],
                ["a/h5_json.json", "b/h5_json.json"]).Findings,
            PresetFindingKind.DuplicateAppId or
            PresetFindingKind.PresetEntryWithoutPackage or
            PresetFindingKind.PresetPackageWithoutEntry or
            PresetFindingKind.PresetVersionMismatch or
            PresetFindingKind.PresetFileNameMismatch or
            PresetFindingKind.PresetVHostMismatch => Bundle(),
            _ => [],
        };

        return findings.First(f => f.Kind == kind);
    }

    private static IReadOnlyList<PresetFinding> IosCheck(string min, IReadOnlyDictionary<string, object?> values, string max = "") =>
        PresetValidation.ValidateIosProductVersion(new ClientVersionRange(min, max), PlistDocument.FromValues("/home/dev/app/Info.plist", values));

    private static Dictionary<string, object?> Plist(string productVersion, string? shortVersion)
    {
        var values = new Dictionary<string, object?> { [PlistReader.ProductVersionKey] = productVersion };
        if (shortVersion != null)
        {
            values[PlistReader.ShortVersionKey] = shortVersion;
        }

        return values;
    }

    private static H5JsonDocument Document(string json) => H5JsonDocument.Parse(json).Value!;

    /// <summary>Every preset bundle mismatch at once: a duplicate, an entry without .amr, an .amr without entry, a version and a vhost mismatch, a misnamed file.</summary>
    private static IReadOnlyList<PresetFinding> Bundle()
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

        return PresetValidation.ValidatePresetBundle(document, packages, "h5app.com");
    }
}
