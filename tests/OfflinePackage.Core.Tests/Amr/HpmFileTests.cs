using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

public class HpmFileTests
{
    /// <summary>hpmfile.json from the tar inside a demo .amr.</summary>
    private static byte[] Demo(string amr, string tar)
    {
        var tarBytes = DemoPackages.Entry(DemoPackages.PathOf(amr), tar);
        var header = TarHeaderFields.ReadAll(tarBytes).Single(h => h.Name == "hpmfile.json");
        return tarBytes.AsSpan((int)header.Offset + 512, (int)header.Size).ToArray();
    }

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal, "70000000.tar", "70000000", "1.0.0.6")]
    [TestCase(DemoPackages.UnderWww, "00010001.tar", "00010001", "1.0.0.0")]
    [TestCase(DemoPackages.OtherKey, "77777777.tar", "77777777", "1.0.0.0")]
    public void Render_IsByteForByteTheConsoles(string amr, string tar, string id, string version)
    {
        Assert.That(HpmFile.RenderBytes(id, version), Is.EqualTo(Demo(amr, tar)));
    }

    [Test]
    public void Render_Is781Bytes_WithoutAFinalLineBreak()
    {
        var bytes = HpmFile.RenderBytes("12345678", "1.0.0.0");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes, Has.Length.EqualTo(781));
            Assert.That(bytes[^1], Is.EqualTo((byte)'}'));
            Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("\"appid\": \"12345678\"").And.Contain("https://12345678.h5app.alipay.com"));
        }
    }

    [Test]
    public void Render_IsValidJson_WithTheIdAndVersion()
    {
        using var json = System.Text.Json.JsonDocument.Parse(HpmFile.Render("12345678", "2.10.3.1"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("appid").GetString(), Is.EqualTo("12345678"));
            Assert.That(json.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.10.3.1"));
            Assert.That(json.RootElement.GetProperty("launchParams").GetProperty("url").GetString(), Is.EqualTo("/www/index.html"));
        }
    }
}
