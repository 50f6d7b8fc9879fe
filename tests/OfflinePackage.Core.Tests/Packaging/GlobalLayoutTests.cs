using OfflinePackage.Packaging;

namespace OfflinePackage.Tests.Packaging;

public class GlobalLayoutTests
{
    private static PackageOptions Options(CloudKind cloud = CloudKind.Public, string domain = "", string bucket = "", string version = "", string path = "") =>
        new("77777777")
        {
            AppId = "53E5279071442",
            WorkspaceId = "test",
            Cloud = cloud,
            ServerDomain = domain,
            StorageBucket = bucket,
            GlobalVersion = version,
            GlobalPath = path,
        };

    [TestCase(CloudKind.Public, "", "", "", "mcube-prod.mpaascloud.com/53E5279071442_test")]
    [TestCase(CloudKind.Public, "mcube-prod.oss-cn-hangzhou.aliyuncs.com", "", "", "mcube-prod.oss-cn-hangzhou.aliyuncs.com/53E5279071442_test")]
    [TestCase(CloudKind.Public, "", "", "v2", "mcube-prod.mpaascloud.com/53E5279071442_test/v2")]
    [TestCase(CloudKind.Private, "mdsweb-outer.alipay.net", "", "", "mdsweb-outer.alipay.net/mcube/53E5279071442_test")]
    [TestCase(CloudKind.Private, "mdsweb-outer.alipay.net", "bkt", "v1", "mdsweb-outer.alipay.net/mcube/bkt/53E5279071442_test/v1")]
    public void RootSpellsTheDocumentedFolders(CloudKind cloud, string domain, string bucket, string version, string expected) =>
        Assert.That(GlobalLayout.Root(Options(cloud, domain, bucket, version)), Is.EqualTo(expected));

    [TestCase("./a.example.com/x_y/", "a.example.com/x_y")]
    [TestCase("a.example.com\\bkt\\mcube\\x_y", "a.example.com/bkt/mcube/x_y")]
    public void OverrideIsNormalised(string path, string expected) =>
        Assert.That(GlobalLayout.Root(Options(path: path)), Is.EqualTo(expected));

    [TestCase("/etc/x_y")]
    [TestCase("a.example.com/../../x_y")]
    [TestCase("C:/x_y")]
    public void UnsafeOverrideContributesNothingAndIsReported(string path)
    {
        var options = Options(path: path);
        var model = new PackageModel(options, [], listedKinds: [PackageType.Global]);

        Assert.That(GlobalLayout.Root(options), Is.Empty);
        Assert.That(new OfflinePackage.Rules.GlobalPathRule().Check(model).Select(d => d.Code), Is.EqualTo(new[] { "OPK1015" }));
    }

    [TestCase("v 2")]
    [TestCase("版本")]
    public void VersionFolderMustBeAUrlSafeName(string version)
    {
        var options = Options(version: version);
        var model = new PackageModel(options, [], listedKinds: [PackageType.Global]);

        Assert.That(new OfflinePackage.Rules.GlobalPathRule().Check(model).Select(d => d.Code), Is.EqualTo(new[] { "OPK1015" }));
    }

    [Test]
    public void UrlIsSchemePlusPathBelowTheIdFolder() =>
        Assert.That(GlobalLayout.Url(Options(), "mcube-prod.mpaascloud.com/53E5279071442_test/common.js"), Is.EqualTo("https://mcube-prod.mpaascloud.com/53E5279071442_test/common.js"));
}
