using OfflinePackage.Sdk.Tests.Infrastructure;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// Issue 15 end to end: an .amr from the console with a local entry its central directory does not list, placed before
/// the listed ones (what Android's streaming ZipInputStream reads first), is refused by the verify target and by a
/// preset bundle, through the same verifier as offlinepackage-verify.
/// </summary>
[RequiresMpaasDemo]
public class TamperedAmrTests
{
    private const string Console = "70000000_1.0.0.6.amr";

    /// <summary>Alibaba's package with a copy of its tar's local entry in front, unlisted; its signatures still hold.</summary>
    private static byte[] WithUnlistedEntryInFront()
    {
        var zip = ZipCraft.Of(File.ReadAllBytes(Path.Combine(RepoPaths.MpaasDemo, Console)));
        var unlisted = zip.LocalRecordOf("70000000.tar");
        return ZipCraft.Concat(
            unlisted,
            zip.Locals,
            ZipCraft.Relocate(zip.Directory, unlisted.Length),
            ZipCraft.End(zip.Count, zip.Directory.Length, unlisted.Length + zip.Locals.Length));
    }

    [Test]
    public void VerifyTargetRefusesIt()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteBytes("downloads/" + Console, WithUnlistedEntryInFront())
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>", """    <OfflineResource Include="dist" />""");

        var result = project.Run(
            "msbuild",
            "-t:OfflinePackageVerifyAmr",
            "-p:OfflinePackageVerifyAmrFiles=" + project.PathOf("downloads/" + Console),
            "-p:OfflinePackagePublicKeyFile=" + Path.Combine(RepoPaths.MpaasDemo, "demo-public-key.pem"));

        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(result.ErrorCodes, Is.Not.Empty.And.All.EqualTo("OPK5005"), result.ToString());
        Assert.That(result.Errors.Select(e => e.Text), Has.Some.Contains("ZipNotCanonical"));
    }

    [Test]
    public void PresetBundleRefusesIt_AndWritesNothing()
    {
        var project = ConsumerProject.Create();
        project.CopyFolder(RepoPaths.MpaasDemo, "downloads");
        project.WriteBytes("downloads/" + Console, WithUnlistedEntryInFront());
        project.WithProject(
            "    <OfflinePackagePresetBundle>true</OfflinePackagePresetBundle>\n    <OfflinePackagePresetOutputPath>../app/assets/</OfflinePackagePresetOutputPath>",
            """    <OfflinePackagePreset Include="../downloads/70000000_1.0.0.6.amr;../downloads/77777777_1.0.0.0.amr" H5Json="../downloads/h5_json.android.json" />""",
            fileName: "bundle/bundle.csproj");

        var result = project.Build();

        // Refused, the package is missing from the bundle too (OPK6035 for its h5_json.json entry).
        var refusals = result.Errors.Where(e => e.Code == "OPK5005").ToList();
        Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
        Assert.That(refusals.Select(e => Path.GetFileName(e.File)).Distinct(), Is.EqualTo(new[] { Console }), result.ToString());
        Assert.That(refusals.Select(e => e.Text), Has.Some.Contains("ZipNotCanonical"));
        Assert.That(Directory.Exists(project.PathOf("app")), Is.False);
    }
}
