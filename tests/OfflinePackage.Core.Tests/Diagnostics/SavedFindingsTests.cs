using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

public class SavedFindingsTests
{
    /// <summary>Enough values for any message, with the characters the file format escapes.</summary>
    private static readonly object[] Values = ["a\tb", "line\nbreak", "back\\slash", "/p/x.js", "4"];

    private static readonly Diagnostic[] Findings =
    [
        new(DiagnosticCatalog.ReferenceNotInPackage, new Subject("/p/www/index.html", 3, 14), Values),
        new(DiagnosticCatalog.VirtualDomainNotLowerCase, Subject.Property("OfflinePackageVirtualDomain", "H5App.com"), Values),
        new(DiagnosticCatalog.VirtualDomainMissing, Subject.Property("OfflinePackageVirtualDomain"), Values),
        new(DiagnosticCatalog.PresetReferenceNotAPackage, Subject.Item("ProjectReference", "../plain/plain.csproj", "/p/Directory.Build.props"), Values),
        new(DiagnosticCatalog.PresetBundleEmpty, Subject.Project, Values),
    ];

    [Test]
    public void FindingsAndFiles_ReadBackAsTheyWere()
    {
        using var folder = new TempDirectory();
        var path = folder.CreateFile("results", SavedFindings.ToText("stamp 1", Findings, ["/out/a.amr", "/out/h5_json.json"]));

        var results = SavedFindings.Load(path, "stamp 1")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Files, Is.EqualTo(new[] { "/out/a.amr", "/out/h5_json.json" }));
            Assert.That(results.Findings.Select(f => f.ToString()), Is.EqualTo(Findings.Select(f => f.ToString())));
            Assert.That(results.Findings.Select(f => f.Subject), Is.EqualTo(Findings.Select(f => f.Subject)));
            Assert.That(results.Findings.Select(f => f.Severity), Is.EqualTo(Findings.Select(f => f.Severity)));
        }
    }

    [TestCase("stamp 2")]
    [TestCase("")]
    public void AnotherStamp_ReadsAsNoResults(string stamp)
    {
        using var folder = new TempDirectory();
        var path = folder.CreateFile("results", SavedFindings.ToText("stamp 1", Findings, []));

        Assert.That(SavedFindings.Load(path, stamp), Is.Null);
    }

    [TestCase("stamp 1\nd\tOPK9999\t0\tf\t1\t1\t\t\n")]
    [TestCase("stamp 1\nd\tOPK7001\tx\n")]
    [TestCase("stamp 1\nd\tOPK7001\t9\tf\t1\t1\t\t\n")]
    public void DamagedResults_ReadAsNoResults(string text)
    {
        using var folder = new TempDirectory();

        Assert.That(SavedFindings.Load(folder.CreateFile("results", text), "stamp 1"), Is.Null);
        Assert.That(SavedFindings.Load(folder.Combine("missing"), "stamp 1"), Is.Null);
    }
}
