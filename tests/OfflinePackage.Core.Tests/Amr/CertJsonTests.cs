using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

public class CertJsonTests
{
    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal)]
    [TestCase(DemoPackages.UnderWww)]
    [TestCase(DemoPackages.OtherKey)]
    public void AlibabasCertJson_ParsesAndRendersBackByteForByte(string amr)
    {
        var original = DemoPackages.Entry(DemoPackages.PathOf(amr), "CERT.json");
        var cert = CertJson.TryParse(original, out var error);
        Assert.That(cert, Is.Not.Null, error);

        var rebuilt = new CertJson(cert!.Names.Select(n => new KeyValuePair<string, byte[]>(n, cert.GetSignature(n)!)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rebuilt.RenderBytes(), Is.EqualTo(original));
            Assert.That(cert.Names, Is.EqualTo(new[] { amr.Substring(0, 8) + ".tar", "Manifest.xml" }));
            Assert.That(cert.Names.Select(n => cert.GetSignature(n)!.Length), Is.All.EqualTo(256));
        }
    }

    [Test]
    public void Render_IsOneLine_ThenSpaceAndLineFeed()
    {
        var cert = new CertJson(new[]
        {
            new KeyValuePair<string, byte[]>("12345678.tar", new byte[] { 1, 2, 3 }),
            new KeyValuePair<string, byte[]>("Manifest.xml", new byte[] { 0xFF, 0xFE }),
        });
        Assert.That(cert.Render(), Is.EqualTo("{\"12345678.tar\":\"AQID\",\"Manifest.xml\":\"//4=\"} \n"));
    }

    [Test]
    public void TryParse_AcceptsPrettyPrintedJson_WithWrappedBase64()
    {
        var signature = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var base64 = Convert.ToBase64String(signature, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\\n");
        var text = "\uFEFF{\r\n  \"20000196.tar\" : \"" + base64 + "\",\r\n  \"Manifest.xml\": \"AQ\\u003d\\u003d\"\r\n}\r\n";
        var cert = CertJson.TryParse(Encoding.UTF8.GetBytes(text), out var error);
        Assert.That(cert, Is.Not.Null, error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cert!.GetSignature("20000196.tar"), Is.EqualTo(signature));
            Assert.That(cert.GetSignature("Manifest.xml"), Is.EqualTo(new byte[] { 1 }));
            Assert.That(cert.GetSignature("other"), Is.Null);
        }
    }

    [Test]
    public void GetSignature_IsNullForNonBase64()
    {
        var cert = CertJson.TryParse(Encoding.UTF8.GetBytes("{\"a\":\"not base64!\",\"b\":\"\",\"c\":\"AQ-_\"}"), out _);
        Assert.That(new[] { "a", "b", "c" }.Select(cert!.GetSignature), Is.All.Null);
    }

    [TestCase("", "expected '{'")]
    [TestCase("[]", "expected '{'")]
    [TestCase("{", "expected a name")]
    [TestCase("{\"a\":\"b\"", "expected '}'")]
    [TestCase("{\"a\":\"b\",}", "expected a name")]
    [TestCase("{\"a\":1}", "not a string")]
    [TestCase("{\"a\":{\"b\":\"c\"}}", "not a string")]
    [TestCase("{\"a\":\"b\",\"a\":\"c\"}", "more than once")]
    [TestCase("{\"a\":\"b\"} x", "unexpected text")]
    [TestCase("{\"a\":\"b\"}{}", "unexpected text")]
    [TestCase("{\"a\":\"b\\q\"}", "invalid escape")]
    [TestCase("{\"a\":\"b\\u12\"}", "invalid \\u escape")]
    [TestCase("{\"a\":\"b", "not closed")]
    [TestCase("{a:\"b\"}", "expected a name")]
    [TestCase("{\"a\":\"\\ud800\"}", "invalid \\u escape")]
    public void TryParse_Rejects(string text, string reason)
    {
        var cert = CertJson.TryParse(Encoding.UTF8.GetBytes(text), out var error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cert, Is.Null);
            Assert.That(error, Does.Contain(reason));
        }
    }

    [Test]
    public void TryParse_RejectsControlCharactersAndInvalidUtf8()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CertJson.TryParse(Encoding.UTF8.GetBytes("{\"a\":\"b\nc\"}"), out var control), Is.Null);
            Assert.That(control, Does.Contain("control character"));
            Assert.That(CertJson.TryParse(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' }, out var utf8), Is.Null);
            Assert.That(utf8, Does.Contain("UTF-8"));
        }
    }

    [Test]
    public void EmptyObject_Parses()
    {
        var cert = CertJson.TryParse(Encoding.UTF8.GetBytes(" {} \n"), out _);
        Assert.That(cert!.Names, Is.Empty);
    }

    [Test]
    public void Constructor_RefusesTheSameNameTwice()
    {
        Assert.That(() => new CertJson(new[] { new KeyValuePair<string, byte[]>("a", new byte[1]), new KeyValuePair<string, byte[]>("a", new byte[1]) }), Throws.ArgumentException);
    }
}
