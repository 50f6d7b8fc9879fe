using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;
using OfflinePackage.Presets;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>
/// The English phrases the parsers and preset checks put into diagnostic arguments (why JSON, a plist, Manifest.xml or
/// CERT.json does not parse, why a virtual domain is not a host name, what is wrong with an h5_json.json...) read as
/// they did before they moved into Resources/Strings.resx: users, docs/errors and other tests quote them.
/// </summary>
public class MessageTextsTests
{
    // The English texts are the ones the code used to build (docs/errors and other tests quote them).
    [TestCase("", "empty input: expected a JSON value")]
    [TestCase("[1 2]", "unexpected '2': expected ',' or ']' in an array")]
    [TestCase("{\"a\":1", "unexpected end of input: expected ',' or '}' in an object")]
    [TestCase("{\"a\" 1}", "unexpected '1': expected ':' after a member name")]
    [TestCase("{'a':1}", "unexpected ''': expected a member name in double quotes")]
    [TestCase("1 x", "unexpected 'x' after the end of the JSON value")]
    [TestCase("tru", "invalid literal: expected 'true'")]
    [TestCase("-", "invalid number")]
    [TestCase("\"a", "unterminated string")]
    [TestCase("\"a\nb\"", "control character U+000A in a string must be escaped")]
    [TestCase("\"\\ud800\"", "unpaired surrogate escape \\ud800")]
    [TestCase("\"\\x\"", "invalid escape sequence \\x")]
    [TestCase("\"\\u12\"", "\\u must be followed by 4 hex digits")]
    public void JsonErrors_ReadAsBefore(string text, string message)
    {
        Assert.That(JsonText.Parse(text).Error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void JsonNesting_ReadsAsBefore()
    {
        Assert.That(JsonText.Parse(new string('[', JsonReader.MaxDepth + 1)).Error!.Message, Is.EqualTo("nesting deeper than 64 levels"));
    }

    [TestCase("user@h5app.com", "it has user info ('@')")]
    [TestCase("h5app.com:x", "it contains ':'")]
    [TestCase("h5app..com", "it has an empty label (leading, trailing or doubled '.')")]
    [TestCase("h5_app.com", "label 'h5_app' has characters other than letters, digits and '-'")]
    [TestCase("-a.com", "label '-a' starts or ends with '-'")]
    [TestCase("192.168.0.1", "it is an IP address or ends in a numeric label")]
    public void VirtualDomainReasons_ReadAsBefore(string domain, string reason)
    {
        var finding = VirtualDomainCheck.Validate(domain).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.Descriptor, Is.SameAs(DiagnosticCatalog.VirtualDomainInvalid));
            Assert.That(finding.Args, Is.EqualTo(new[] { domain, reason }));
            Assert.That(finding.Message, Does.Contain($"'{domain}', which is not a host name: {reason};"));
        }
    }

    [Test]
    public void ClientBound_ReadsAsBefore()
    {
        var finding = ClientRangeCheck.Validate(new ClientVersionRange("1.0", "x"), null).Single();

        Assert.That(finding.Args, Is.EqualTo(new[] { "Android", "max", "x" }));
    }

    [TestCase("[]", "the top level is an array, not an object")]
    [TestCase("{\"config\":1,\"data\":[]}", "config is a number, not an object")]
    [TestCase("{}", "there is no 'data' array")]
    [TestCase("{\"data\":null}", "'data' is null, not an array")]
    [TestCase("{\"data\":[\"x\"]}", "data[0] is a string, not an object")]
    [TestCase("{\"data\":[{\"version\":\"1\"}]}", "data[0] has no app_id string")]
    [TestCase("{\"data\":[{\"app_id\":\"70000000\"}]}", "data[0] (app_id 70000000) has no version string")]
    public void H5JsonShapes_ReadAsBefore(string text, string what)
    {
        var finding = H5JsonDocument.Parse(text, "in.json").Diagnostics.Single(f => f.Descriptor == DiagnosticCatalog.H5JsonInvalidShape);

        Assert.That(finding.Args, Is.EqualTo(new[] { "in.json", what }));
    }

    [Test]
    public void H5JsonExtendInfoType_ReadsAsBefore()
    {
        var finding = H5JsonDocument.Parse("{\"data\":[{\"app_id\":\"70000000\",\"version\":\"1.0.0.0\",\"extend_info\":[]}]}", "in.json").Diagnostics.Single();

        Assert.That(finding.Args, Is.EqualTo(new[] { "in.json", "70000000", "extend_info", "an array", "an object or \"\"" }));
    }

    [Test]
    public void H5JsonInvalidUtf8_ReadsAsBefore()
    {
        var finding = H5JsonDocument.Parse([(byte)'{', 0xFF, (byte)'}'], "in.json").Diagnostics.Single();

        Assert.That(finding.Args, Is.EqualTo(new[] { "in.json", "not valid UTF-8 (byte offset 1)", "1", "1" }));
    }

    // Problems inside the XML name their line: the reader keeps line information (it did not before, so "(line n)" never showed).
    [TestCase("", "the file is empty")]
    [TestCase("bplist", "the file is too short")]
    [TestCase("bplist00xx", "the file is too short (10 bytes)")]
    [TestCase("hello", "neither an XML nor a binary property list")]
    [TestCase("<foo/>", "the root element is <foo>, not <plist>")]
    [TestCase("<plist/>", "<plist> must contain exactly one value, it has 0")]
    [TestCase("<plist>\n<integer>x</integer></plist>", "<integer>x</integer> is not an integer (line 2)")]
    [TestCase("<plist><dict><string>a</string></dict></plist>", "expected <key> in <dict>, found <string> (line 1)")]
    [TestCase("<plist><dict><key>a</key></dict></plist>", "<key>a</key> has no value (line 1)")]
    [TestCase("<plist><foo/></plist>", "unknown element <foo> (line 1)")]
    public void PlistReasons(string content, string reason)
    {
        var finding = PlistReader.Parse(Encoding.UTF8.GetBytes(content), "Info.plist").Diagnostics.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.Descriptor, Is.SameAs(DiagnosticCatalog.PlistInvalid));
            Assert.That(finding.Args, Is.EqualTo(new[] { "Info.plist", reason }));
        }
    }

    [TestCase("<plist><array/></plist>", "an array")]
    [TestCase("<plist><data>AA==</data></plist>", "data")]
    [TestCase("<plist><integer>1</integer></plist>", "an integer")]
    public void PlistRootTypes_ReadAsBefore(string content, string type)
    {
        var finding = PlistReader.Parse(Encoding.UTF8.GetBytes(content), "Info.plist").Diagnostics.Single();

        Assert.That(finding.Args, Is.EqualTo(new[] { "Info.plist", type }));
    }

    [TestCase("<x/>", "the root element is not <package>")]
    [TestCase("<package/>", "<package> is empty")]
    [TestCase("<package><version>1</version></package>", "it has no <uid>")]
    [TestCase("<package><uid>1</uid></package>", "it has no <version>")]
    [TestCase("<package><uid>1</uid><uid>2</uid><version>1</version></package>", "<uid> appears more than once")]
    public void ManifestReasons_ReadAsBefore(string xml, string reason)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ManifestXml.TryParse(Encoding.UTF8.GetBytes(xml), out var error), Is.Null);
            Assert.That(error, Is.EqualTo(reason));
        }
    }

    [Test]
    public void ManifestNotXml_KeepsTheReadersMessage()
    {
        ManifestXml.TryParse(Encoding.UTF8.GetBytes("<package><uid>"), out var error);

        Assert.That(error, Does.StartWith("it is not well-formed XML (").And.EndWith(")"));
    }

    [TestCase("{\"a\" \"b\"}", "expected ':' at character 5")]
    [TestCase("{\"a\":\"b\"", "expected '}' but the text ends")]
    [TestCase("{", "expected a name in quotes at character 1")]
    [TestCase("{\"a\":", "the value of \"a\" is not a string")]
    [TestCase("{\"a\":\"b\",\"a\":\"c\"}", "\"a\" appears more than once")]
    [TestCase("{} x", "unexpected text after the object at character 3")]
    [TestCase("{\"a", "a string is not closed")]
    [TestCase("{\"a\":\"\\x\"}", "an invalid escape at character 6")]
    [TestCase("{\"a\":\"\\u12\"}", "an invalid \\u escape at character 6")]
    public void CertJsonReasons_ReadAsBefore(string text, string reason)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(CertJson.TryParse(Encoding.UTF8.GetBytes(text), out var error), Is.Null);
            Assert.That(error, Is.EqualTo(reason));
        }
    }

    [Test]
    public void CertJsonNotUtf8_ReadsAsBefore()
    {
        CertJson.TryParse([0xFF], out var error);

        Assert.That(error, Is.EqualTo("it is not valid UTF-8"));
    }
}
