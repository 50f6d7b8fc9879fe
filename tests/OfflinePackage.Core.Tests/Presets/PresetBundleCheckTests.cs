using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;
using static OfflinePackage.Tests.Presets.PresetTestData;

namespace OfflinePackage.Tests.Presets;

public class PresetBundleCheckTests
{
    private static readonly Subject Bundle = new("bundle.csproj");

    private static readonly PresetPackage[] DemoPackages =
    [
        new("77777777", "1.0.0.0", "77777777_1.0.0.0.amr"),
        new("70000000", "1.0.0.6", "70000000_1.0.0.6.amr"),
    ];

    [RequiresMpaasDemo]
    [Test]
    public void TheDemoBundleIsConsistent() =>
        Assert.That(PresetBundleCheck.Validate(Parse(AndroidDemoBytes), DemoPackages, "h5app.com", Bundle), Is.Empty);

    [Test]
    public void PresetFileNameIsIdUnderscoreVersion() =>
        Assert.That(PresetBundleCheck.PresetFileName("70000000", "1.0.0.6"), Is.EqualTo("70000000_1.0.0.6.amr"));

    [RequiresMpaasDemo]
    [Test]
    public void BundleMismatchesAreErrors()
    {
        var packages = new PresetPackage[]
        {
            new("70000000", "1.0.0.7", "70000000_1.0.0.7.amr"),
            new("12345678", "1.0.0.0", "12345678-1.0.0.0.amr"),
        };

        var findings = PresetBundleCheck.Validate(Parse(AndroidDemoBytes), packages, "example.com", Bundle);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => (CatalogNames.Of(f), string.Join("|", f.Args))), Is.EquivalentTo(new[]
            {
                (nameof(DiagnosticCatalog.PresetFileNameMismatch), "12345678-1.0.0.0.amr|12345678_1.0.0.0.amr"),
                (nameof(DiagnosticCatalog.PresetEntryWithoutPackage), "77777777|1.0.0.0"),
                (nameof(DiagnosticCatalog.PresetVHostMismatch), "77777777|https://77777777.h5app.com|https://77777777.example.com"),
                (nameof(DiagnosticCatalog.PresetVersionMismatch), "70000000|1.0.0.6|1.0.0.7"),
                (nameof(DiagnosticCatalog.PresetVHostMismatch), "70000000|https://70000000.h5app.com|https://70000000.example.com"),
                (nameof(DiagnosticCatalog.PresetPackageWithoutEntry), "12345678|1.0.0.0"),
            }));
            Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(Severity.Error));
            Assert.That(findings.Select(f => f.Subject), Is.All.EqualTo(Bundle));
        }
    }

    [Test]
    public void BundleWithDuplicateEntriesIsAnError()
    {
        var document = new H5JsonDocument([Entry(AndroidNormal), Entry(AndroidGlobal), Entry(AndroidNormal)]);

        Assert.That(CatalogNames.Of(PresetBundleCheck.Validate(document, DemoPackages, null, Bundle)), Is.EqualTo(new[] { nameof(DiagnosticCatalog.DuplicateAppId) }));
    }
}
