using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

public class ManifestXmlTests
{
    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal, "70000000", "1.0.0.6")]
    [TestCase(DemoPackages.UnderWww, "00010001", "1.0.0.0")]
    [TestCase(DemoPackages.OtherKey, "77777777", "1.0.0.0")]
    public void Render_IsByteForByteAlibabas(string amr, string id, string version)
    {
        var alibaba = DemoPackages.Entry(DemoPackages.PathOf(amr), "Manifest.xml");
        Assert.That(ManifestXml.RenderBytes(id, version), Is.EqualTo(alibaba));
    }

    [Test]
    public void Render_HasNoBom_LfLineEnds_AndAFinalLineBreak()
    {
        var bytes = ManifestXml.RenderBytes("12345678", "1.0.0.0");
        var text = Encoding.UTF8.GetString(bytes);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bytes[0], Is.EqualTo((byte)'<'));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("</package>\n"));
            Assert.That(bytes, Has.Length.EqualTo(132));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void TryParse_ReadsAlibabasManifest()
    {
        var manifest = ManifestXml.TryParse(DemoPackages.Entry(DemoPackages.PathOf(DemoPackages.Normal), "Manifest.xml"), out var error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error, Is.Empty);
            Assert.That(manifest!.Uid, Is.EqualTo("70000000"));
            Assert.That(manifest.Name, Is.EqualTo("h5app"));
            Assert.That(manifest.Version, Is.EqualTo("1.0.0.6"));
        }
    }

    [Test]
    public void TryParse_ReadsOtherLayouts_AsAlipaysOwnManifests()
    {
        var xml = "<?xml version='1.0'?>\r\n<!-- internal -->\r\n<package><name>Real Name</name><version>6.1.1</version><uid>20000196</uid><extra><x/></extra></package>";
        var manifest = ManifestXml.TryParse(Encoding.UTF8.GetBytes(xml), out _);
        Assert.That((manifest!.Uid, manifest.Name, manifest.Version), Is.EqualTo(("20000196", "Real Name", "6.1.1")));
    }

    [TestCase("", "not well-formed")]
    [TestCase("<package><uid>1</uid>", "not well-formed")]
    [TestCase("<manifest><uid>1</uid><version>1</version></manifest>", "root element")]
    [TestCase("<package/>", "empty")]
    [TestCase("<package><version>1.0</version></package>", "no <uid>")]
    [TestCase("<package><uid>1</uid></package>", "no <version>")]
    [TestCase("<package><uid>1</uid><uid>2</uid><version>1</version></package>", "more than once")]
    [TestCase("<package><uid><b>1</b></uid><version>1</version></package>", "not well-formed")]
    public void TryParse_Rejects(string xml, string reason)
    {
        var manifest = ManifestXml.TryParse(Encoding.UTF8.GetBytes(xml), out var error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest, Is.Null);
            Assert.That(error, Does.Contain(reason));
        }
    }

    [Test]
    public void TryParse_RefusesDtds_SoNoEntityIsExpanded()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><package><uid>&x;</uid><version>1</version></package>";
        Assert.That(ManifestXml.TryParse(Encoding.UTF8.GetBytes(xml), out _), Is.Null);
    }
}
