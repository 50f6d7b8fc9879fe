using System.Text;
using System.Text.Json;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;
using static OfflinePackage.Tests.Presets.PresetTestData;

namespace OfflinePackage.Tests.Presets;

public class H5JsonDocumentTests
{
    private static readonly Subject Bundle = new("bundle.csproj");

    [RequiresMpaasDemo]
    [Test]
    public void DemoValuesRenderTheAndroidDemoFileSemantically()
    {
        var rendered = AndroidDemoDocument().Render(JsonLayout.TwoSpaces);

        AssertSameJson(rendered, Encoding.UTF8.GetString(AndroidDemoBytes));
    }

    [RequiresMpaasDemo]
    [Test]
    public void DemoValuesRenderTheAndroidDemoFileByteForByte() =>
        Assert.That(AndroidDemoDocument().ToUtf8Bytes(JsonLayout.TwoSpaces), Is.EqualTo(AndroidDemoBytes));

    [RequiresMpaasDemo]
    [Test]
    public void DemoValuesRenderTheIosDemoFileByteForByteInTheConsolesTabLayout()
    {
        var document = new H5JsonDocument([Entry(Ios)]);

        Assert.That(document.ToUtf8Bytes(), Is.EqualTo(IosDemoBytes));
    }

    [Test]
    public void EveryFieldHasTheConsolesJsonType()
    {
        using var json = JsonDocument.Parse(AndroidDemoDocument().Render());
        var root = json.RootElement;
        var entry = root.GetProperty("data")[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "config", "data", "resultCode", "resultMsg", "state" }));
            Assert.That(root.GetProperty("config").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "updateReqRate", "limitReqRate", "appPoolLimit", "versionRefreshRate" }));
            Assert.That(root.GetProperty("config").EnumerateObject().Select(p => p.Value.GetInt32()), Is.EqualTo(new[] { 16400, 13600, 3, 86400 }));
            Assert.That(root.GetProperty("resultCode").GetInt32(), Is.EqualTo(100));
            Assert.That(root.GetProperty("resultMsg").GetString(), Is.EqualTo("操作成功"));
            Assert.That(root.GetProperty("state").GetString(), Is.EqualTo("success"));
            foreach (var name in new[] { "app_desc", "app_id", "fallback_base_url", "global_pack_url", "icon_url", "main_url", "name", "package_url", "patch", "sub_url", "version", "vhost" })
            {
                Assert.That(entry.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.String), name);
            }

            foreach (var name in new[] { "auto_install", "installType", "online" })
            {
                Assert.That(entry.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.Number), name);
            }
        }
    }

    [Test]
    public void OutputIsUtf8WithoutBomWithRawChineseAndNoTrailingNewline()
    {
        var bytes = AndroidDemoDocument().ToUtf8Bytes();
        var text = Encoding.UTF8.GetString(bytes);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text, Does.Contain("\"resultMsg\":\"操作成功\""));
            Assert.That(text, Does.Not.Contain("\\u"));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("}"));
        }
    }

    [Test]
    public void RenderingIsDeterministic()
    {
        var first = AndroidDemoDocument().Render();
        var second = AndroidDemoDocument().Render();

        Assert.That(second, Is.EqualTo(first));
    }

    [RequiresMpaasDemo]
    [TestCase("h5_json.android.json", JsonLayout.TwoSpaces)]
    [TestCase("h5_json.ios.json", JsonLayout.Tabs)]
    public void ConsoleFilesRoundTripUnchanged(string file, JsonLayout layout)
    {
        var bytes = File.ReadAllBytes(TestDataPath(file));

        Assert.That(Parse(bytes).ToUtf8Bytes(layout), Is.EqualTo(bytes));
    }

    [RequiresMpaasDemo]
    [Test]
    public void ParsedEntriesExposeTypedFields()
    {
        var data = Parse(AndroidDemoBytes).Data;
        var normal = data[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(data.Select(e => e.AppId), Is.EqualTo(new[] { "77777777", "70000000" }));
            Assert.That(normal.Version, Is.EqualTo("1.0.0.6"));
            Assert.That(normal.Name, Is.EqualTo("H5Demo"));
            Assert.That(normal.AppDesc, Is.EqualTo("H5Demo"));
            Assert.That(normal.VHost, Is.EqualTo("https://70000000.h5app.com"));
            Assert.That(normal.MainUrl, Is.EqualTo("/index.html"));
            Assert.That(normal.AutoInstall, Is.EqualTo(1));
            Assert.That(normal.InstallType, Is.EqualTo(1));
            Assert.That(normal.Online, Is.EqualTo(1));
            Assert.That(normal.Patch, Is.Empty);
            Assert.That(normal.ExtendInfo, Is.Null);
            Assert.That(data[0].GlobalPackUrl, Does.EndWith("/appicon.png"));
            Assert.That(data[0].MainUrl, Is.EqualTo("index.htm"));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void MergeConcatenatesEntriesInOrder()
    {
        var merged = H5JsonDocument.Merge([Parse(AndroidDemoBytes), Parse(IosDemoBytes)], Bundle);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(merged.Diagnostics, Is.Empty);
            Assert.That(merged.DuplicateAppIds, Is.Empty);
            Assert.That(merged.Document.Data.Select(e => e.AppId), Is.EqualTo(new[] { "77777777", "70000000", "00010001" }));
            Assert.That(merged.Document.Config.Select(m => m.Name), Is.EqualTo(new[] { "updateReqRate", "limitReqRate", "appPoolLimit", "versionRefreshRate" }));
        }

        using var json = JsonDocument.Parse(merged.Document.Render());
        Assert.That(json.RootElement.GetProperty("data")[2].GetProperty("name").GetString(), Is.EqualTo("svg测试"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void MergeOfPerPackageDocumentsEqualsTheDemoFile()
    {
        var merged = H5JsonDocument.Merge([new H5JsonDocument([Entry(AndroidGlobal)]), new H5JsonDocument([Entry(AndroidNormal)])], Bundle);

        Assert.That(merged.Document.ToUtf8Bytes(JsonLayout.TwoSpaces), Is.EqualTo(AndroidDemoBytes));
    }

    [RequiresMpaasDemo]
    [Test]
    public void MergeFindsDuplicateAppIdsAndKeepsTheFirstEntry()
    {
        var newer = new H5JsonDocument([Entry(new H5JsonEntrySettings("70000000", "1.0.0.7", VirtualDomain) { Name = "H5Demo" })]);

        var merged = H5JsonDocument.Merge([Parse(AndroidDemoBytes), Parse(IosDemoBytes), newer], Bundle, ["android.json", "ios.json", "newer.json"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(merged.DuplicateAppIds, Is.EqualTo(new[] { "70000000" }));
            Assert.That(CatalogNames.Of(merged.Diagnostics), Is.EqualTo(new[] { nameof(DiagnosticCatalog.DuplicateAppId) }));
            Assert.That(merged.Diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(merged.Diagnostics[0].Args, Is.EqualTo(new[] { "70000000", "2", "1.0.0.6, 1.0.0.7" }));
            Assert.That(merged.Diagnostics[0].Subject, Is.EqualTo(Bundle));
            Assert.That(merged.Document.Data.Select(e => e.ToString()), Is.EqualTo(new[] { "77777777_1.0.0.0", "70000000_1.0.0.6", "00010001_1.0.0.0" }));
        }
    }

    [Test]
    public void DuplicatesWithinOneDocumentAreFound()
    {
        var document = new H5JsonDocument([Entry(AndroidNormal), Entry(AndroidGlobal), Entry(AndroidNormal)]);

        Assert.That(document.FindDuplicateAppIds(), Is.EqualTo(new[] { "70000000" }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void MergeWarnsWhenConfigsDifferAndKeepsTheFirst()
    {
        var other = new H5JsonDocument([new JsonMember("appPoolLimit", JsonItem.Number(3))], [Entry(Ios)]);

        var merged = H5JsonDocument.Merge([Parse(AndroidDemoBytes), other], Bundle);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(merged.Diagnostics), Is.EqualTo(new[] { nameof(DiagnosticCatalog.H5JsonConfigDiffers) }));
            Assert.That(merged.Diagnostics[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(merged.Document.Config, Has.Count.EqualTo(4));
        }
    }

    [Test]
    public void MergeOfNothingIsAnEmptyConsoleDocument()
    {
        var merged = H5JsonDocument.Merge([], Bundle);

        Assert.That(merged.Document.Render(), Is.EqualTo("{\n\t\"config\":{\n\t\t\"updateReqRate\":16400,\n\t\t\"limitReqRate\":13600,\n\t\t\"appPoolLimit\":3,\n\t\t\"versionRefreshRate\":86400\n\t},\n\t\"data\":[],\n\t\"resultCode\":100,\n\t\"resultMsg\":\"操作成功\",\n\t\"state\":\"success\"\n}"));
    }

    [Test]
    public void ExtendInfoIsWrittenAsANestedObjectInTheConsolesPlace()
    {
        var entry = Entry(new H5JsonEntrySettings("00000001", "1.0.5.0", "example.com")
        {
            ExtendInfo = "{ \"launchParams\": {\"enableTabBar\":\"NO\", \"page\":\"pages/index/index\"}, \"usePresetPopmenu\":\"YES\" }",
        });

        var text = new H5JsonDocument([entry]).Render();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("\t\t\t\"auto_install\":1,\n\t\t\t\"extend_info\":{\n\t\t\t\t\"launchParams\":{\n\t\t\t\t\t\"enableTabBar\":\"NO\",\n\t\t\t\t\t\"page\":\"pages/index/index\"\n\t\t\t\t},\n\t\t\t\t\"usePresetPopmenu\":\"YES\"\n\t\t\t},\n\t\t\t\"fallback_base_url\":\"\","));
            Assert.That(entry.ExtendInfo, Is.EqualTo("{\"launchParams\":{\"enableTabBar\":\"NO\",\"page\":\"pages/index/index\"},\"usePresetPopmenu\":\"YES\"}"));
        }
    }

    [Test]
    public void UnknownMembersAndEmptyExtendInfoOfAConsoleFileAreKept()
    {
        const string text = "{\"config\":{\"appPoolLimit\":3},\"data\":[{\"app_id\":\"20181001\",\"version\":\"1.0.0.16\",\"extend_info\":\"\",\"release_type\":\"online\",\"auto_install\":0}]}";

        var document = H5JsonDocument.Parse(text).Value!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.Data[0].ExtendInfo, Is.Empty);
            Assert.That(document.Data[0].AutoInstall, Is.Zero);
            Assert.That(document.Data[0].InstallType, Is.Null);
            Assert.That(document.Data[0].Name, Is.Null);
            Assert.That(document.Render(JsonLayout.Compact), Is.EqualTo("{\"config\":{\"appPoolLimit\":3},\"data\":[{\"app_id\":\"20181001\",\"version\":\"1.0.0.16\",\"extend_info\":\"\",\"release_type\":\"online\",\"auto_install\":0}],\"resultCode\":100,\"resultMsg\":\"操作成功\",\"state\":\"success\"}"));
        }
    }

    [TestCase("{\"data\":[", nameof(DiagnosticCatalog.H5JsonInvalidJson))]
    [TestCase("[]", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"config\":{}}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":{}}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":[1]}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":[{\"version\":\"1.0.0.0\"}]}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":[{\"app_id\":70000000,\"version\":\"1.0.0.0\"}]}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":[{\"app_id\":\"70000000\"}]}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    [TestCase("{\"data\":[],\"config\":[]}", nameof(DiagnosticCatalog.H5JsonInvalidShape))]
    public void MalformedFilesAreErrors(string text, string kind)
    {
        var result = H5JsonDocument.Parse(text, "in.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null);
            Assert.That(result.HasErrors, Is.True);
            Assert.That(CatalogNames.Of(result.Diagnostics), Does.Contain(kind));
            Assert.That(result.Diagnostics[0].Args[0], Is.EqualTo("in.json"));
            Assert.That(result.Diagnostics.Select(d => d.Subject), Is.All.EqualTo(new Subject("in.json")));
        }
    }

    [Test]
    public void InvalidJsonFindingHasLineAndColumn()
    {
        var finding = H5JsonDocument.Parse("{\n  \"data\": [,]\n}").Diagnostics.Single();

        Assert.That(finding.Args.Skip(2), Is.EqualTo(new[] { "2", "12" }));
    }

    [TestCase("{\"data\":[{\"app_id\":\"1\",\"version\":\"1\",\"auto_install\":\"1\"}]}", "auto_install")]
    [TestCase("{\"data\":[{\"app_id\":\"1\",\"version\":\"1\",\"main_url\":null}]}", "main_url")]
    [TestCase("{\"data\":[{\"app_id\":\"1\",\"version\":\"1\",\"extend_info\":[]}]}", "extend_info")]
    public void MembersOfAnotherTypeAreWarnings(string text, string member)
    {
        var result = H5JsonDocument.Parse(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Not.Null);
            Assert.That(result.Diagnostics.Select(f => (CatalogNames.Of(f), (string)f.Args[2])), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.H5JsonMemberType), member) }));
            Assert.That(result.Diagnostics[0].Severity, Is.EqualTo(Severity.Warning));
        }
    }

    [Test]
    public void UnknownTopLevelMembersAreDroppedWithAWarning()
    {
        var result = H5JsonDocument.Parse("{\"data\":[],\"extra\":1}");

        Assert.That(result.Diagnostics.Select(f => (CatalogNames.Of(f), (string)f.Args[1])), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.H5JsonMemberIgnored), "extra") }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void Utf8BomIsSkippedAndInvalidUtf8IsAFinding()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(IosDemoBytes).ToArray();
        var invalid = Encoding.ASCII.GetBytes("{\"data\":[{\"app_id\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.ASCII.GetBytes("\"}]}")).ToArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(H5JsonDocument.Parse(withBom).Value!.Data.Single().AppId, Is.EqualTo("00010001"));
            Assert.That(H5JsonDocument.Parse(invalid).Diagnostics.Single().Descriptor, Is.SameAs(DiagnosticCatalog.H5JsonInvalidJson));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void LoadReadsAFileAndReportsAMissingOne()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("h5_json.json", AndroidDemoBytes);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(H5JsonDocument.Load(path).Value!.Data, Has.Count.EqualTo(2));
            Assert.That(H5JsonDocument.Load(temp.Combine("missing.json")).Diagnostics.Single().Descriptor, Is.SameAs(DiagnosticCatalog.H5JsonUnreadable));
        }
    }
}
