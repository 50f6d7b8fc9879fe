using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

/// <summary>Preset bundles planned and written from Alibaba's own .amr files and h5_json.json.</summary>
public class PresetBundleTests
{
    private static readonly Subject Bundle = new("bundle.csproj");

    private static string AndroidH5Json => DemoPackages.PathOf("h5_json.android.json");

    private static PresetSource Source(string amr, string h5Json = "") => new(DemoPackages.PathOf(amr), h5Json, new Subject("bundle.csproj", 7, 5));

    /// <summary>The Android demo h5_json.json with only the 70000000 entry.</summary>
    private static string OnlyNormalH5Json(TempDirectory temp)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(AndroidH5Json))!;
        json["data"]!.AsArray().RemoveAt(0);
        return temp.CreateFile("only-normal/h5_json.json", json.ToJsonString());
    }

    private static PresetBundlePlan Plan(RsaPublicKey? key, string? domain, params PresetSource[] sources) =>
        PresetBundle.Plan(sources, key, domain, Bundle);

    [RequiresMpaasDemo]
    [Test]
    public void ConsoleDownloadsPlanWithoutFindings()
    {
        var plan = Plan(null, "h5app.com", Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json));

        Assert.That(plan.Diagnostics, Is.Empty);
        Assert.That(plan.AmrFiles.Select(Path.GetFileName), Is.EqualTo(new[] { DemoPackages.Normal, DemoPackages.OtherKey }));
        Assert.That(plan.Document.Data.Select(e => e.AppId), Is.EqualTo(new[] { "77777777", "70000000" }), "one shared h5_json.json is read once");
    }

    [RequiresMpaasDemo]
    [Test]
    public void SignatureOfAnotherKeyIsOpk5005OnThatAmr()
    {
        var key = RsaKeys.LoadPublicKeyFile(DemoPackages.PathOf(DemoPackages.PublicKeyFile));

        var plan = Plan(key, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json));

        Assert.That(plan.HasErrors, Is.True);
        Assert.That(plan.Diagnostics.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { "OPK5005" }));
        Assert.That(plan.Diagnostics.Select(d => Path.GetFileName(d.Subject.File)).Distinct(), Is.EqualTo(new[] { DemoPackages.OtherKey }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void AmrWithoutAnEntryIsOpk6036()
    {
        var plan = Plan(null, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.UnderWww));

        Assert.That(plan.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK6035", "OPK6036" }), "77777777 is listed without its .amr; 00010001 has no entry");
    }

    [RequiresMpaasDemo]
    [Test]
    public void TwoAmrFilesOfOneIdAreOpk6034EvenWithOneEntry()
    {
        using var temp = new TempDirectory();
        var copy = temp.Combine("70000000_1.0.0.6.amr");
        File.Copy(DemoPackages.PathOf(DemoPackages.Normal), copy);

        var plan = Plan(null, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey), new PresetSource(copy, string.Empty, Bundle));

        Assert.That(plan.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK6034" }));
        Assert.That(plan.Diagnostics.Single().Message, Does.Contain("70000000"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void MissingAmrIsOpk6041AtItsItem()
    {
        var plan = Plan(null, null, Source("70000000_9.9.9.9.amr"));

        Assert.That(plan.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK6041" }));
        Assert.That(plan.Diagnostics.Single().Subject.Line, Is.EqualTo(7));
    }

    [RequiresMpaasDemo]
    [Test]
    public void DomainWithASchemeIsOpk6002AtTheProperty()
    {
        var plan = Plan(null, "https://h5app.com", Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json));

        Assert.That(plan.Diagnostics.Select(d => d.Code), Does.Contain("OPK6002"));
        Assert.That(plan.Diagnostics.First(d => d.Code == "OPK6002").Subject, Is.EqualTo(Subject.Property("OfflinePackageVirtualDomain")));
    }

    [RequiresMpaasDemo]
    [Test]
    public void VHostOfAnotherDomainIsOpk6039()
    {
        var plan = Plan(null, "example.com", Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json));

        Assert.That(plan.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK6039", "OPK6039" }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void WriteCopiesTheAmrFilesAndTheMergedH5JsonAndRemovesOnlyWhatItWroteBefore()
    {
        using var temp = new TempDirectory();
        var folder = temp.Combine("assets");
        var state = temp.Combine("obj/preset.files");
        var both = Plan(null, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json));
        PresetBundle.Write(both, folder, state);
        temp.CreateFile("assets/00010001_1.0.0.0.amr", "the app's own file");
        var onlyNormal = OnlyNormalH5Json(temp);

        var written = PresetBundle.Write(
            PresetBundle.Plan([new PresetSource(DemoPackages.PathOf(DemoPackages.Normal), onlyNormal, Bundle)], null, null, Bundle),
            folder,
            state);

        Assert.That(written.Select(Path.GetFileName), Is.EqualTo(new[] { DemoPackages.Normal, "h5_json.json" }));
        Assert.That(Directory.EnumerateFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { DemoPackages.Normal, "h5_json.json", "00010001_1.0.0.0.amr" }));
        Assert.That(File.ReadAllBytes(Path.Combine(folder, DemoPackages.Normal)), Is.EqualTo(File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.Normal))));
    }

    [RequiresMpaasDemo]
    [Test]
    public void StateOfAnotherFolderDeletesNothingHere()
    {
        using var temp = new TempDirectory();
        var state = temp.Combine("preset.files");
        PresetBundle.Write(Plan(null, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json)), temp.Combine("a"), state);
        temp.CreateFile("b/77777777_1.0.0.0.amr", "not the bundle's");
        var onlyNormal = OnlyNormalH5Json(temp);

        PresetBundle.Write(PresetBundle.Plan([new PresetSource(DemoPackages.PathOf(DemoPackages.Normal), onlyNormal, Bundle)], null, null, Bundle), temp.Combine("b"), state);

        Assert.That(File.ReadAllText(temp.Combine("b/77777777_1.0.0.0.amr")), Is.EqualTo("not the bundle's"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void CleanDeletesWhatTheLastWriteListed()
    {
        using var temp = new TempDirectory();
        var state = temp.Combine("preset.files");
        PresetBundle.Write(Plan(null, null, Source(DemoPackages.Normal, AndroidH5Json), Source(DemoPackages.OtherKey, AndroidH5Json)), temp.Combine("assets"), state);
        temp.CreateFile("assets/config/custom_config.json", "[]");

        PresetBundle.Clean(state);

        Assert.That(Directory.EnumerateFiles(temp.Combine("assets"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("assets"), f)), Is.EqualTo(new[] { Path.Combine("config", "custom_config.json") }));
        Assert.That(File.Exists(state), Is.False);
    }

    [RequiresMpaasDemo]
    [Test]
    public void PlanWithErrorsIsNotWritten()
    {
        using var temp = new TempDirectory();
        var plan = Plan(null, null, Source("70000000_9.9.9.9.amr"));

        Assert.That(() => PresetBundle.Write(plan, temp.Combine("assets"), temp.Combine("state")), Throws.InvalidOperationException);
        Assert.That(Directory.Exists(temp.Combine("assets")), Is.False);
    }
}
