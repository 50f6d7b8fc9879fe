using System.Text;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;
using static OfflinePackage.Tests.Presets.PresetTestData;

namespace OfflinePackage.Tests.Presets;

public class PlistReaderTests
{
    private const string DemoInfoPlist =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        + "<plist version=\"1.0\">\n<dict>\n"
        + "\t<key>CFBundleDisplayName</key>\n\t<string>测试</string>\n"
        + "\t<!-- a comment -->\n"
        + "\t<key>CFBundleShortVersionString</key>\n\t<string>1.0</string>\n"
        + "\t<key>CFBundleVersion</key>\n\t<string>1</string>\n"
        + "\t<key>LSRequiresIPhoneOS</key>\n\t<true/>\n"
        + "\t<key>Product Version</key>\n\t<string>1.0.0.0</string>\n"
        + "\t<key>Empty</key>\n\t<string/>\n"
        + "\t<key>UISupportedInterfaceOrientations</key>\n\t<array>\n\t\t<string>UIInterfaceOrientationPortrait</string>\n\t</array>\n"
        + "\t<key>Nested</key>\n\t<dict><key>n</key><integer>-7</integer><key>r</key><real>1.5</real><key>d</key><data>AAE=</data><key>t</key><date>2020-01-02T03:04:05Z</date><key>f</key><false/></dict>\n"
        + "</dict>\n</plist>\n";

    /// <summary>Python's plistlib writes every type the reader knows, long strings/arrays (extended lengths) and 300+ objects (2-byte references).</summary>
    private const string RichPythonValue =
        "{'Product Version': '1.0.0.0', 'CFBundleShortVersionString': '1.0', 'CFBundleDisplayName': '测试应用 with a long UTF-16 name',"
        + " 'CFBundleIdentifier': 'com.example.a-rather-long-ascii-bundle-identifier', 'LSRequiresIPhoneOS': True, 'Off': False,"
        + " 'Small': 42, 'Word': 65535, 'Int32': 4000000000, 'Negative': -7, 'Big': 2**63 + 5, 'Real': 1.5, 'Data': b'\\x00\\x01\\x02',"
        + " 'Date': datetime.datetime(2020, 1, 2, 3, 4, 5), 'Emoji': '😀', 'Empty': '',"
        + " 'Orientations': ['UIInterfaceOrientationPortrait'] * 20, 'Nested': {'a': [1, 2.5, False, {'b': 'c'}]},"
        + " **{'Key%03d' % i: 'v%d' % i for i in range(300)}}";

    private static PlistDocument Read(string path)
    {
        var result = PlistReader.Read(path);
        Assert.That(result.Diagnostics, Is.Empty);
        return result.Value!;
    }

    /// <summary>The strings of <see cref="RichPythonValue"/>: what the checks read; every other value is checked and dropped.</summary>
    private static void AssertRichValues(PlistDocument plist)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plist.ProductVersion, Is.EqualTo("1.0.0.0"));
            Assert.That(plist.ShortVersion, Is.EqualTo("1.0"));
            Assert.That(plist.GetString("CFBundleDisplayName"), Is.EqualTo("测试应用 with a long UTF-16 name"));
            Assert.That(plist.GetString("CFBundleIdentifier"), Is.EqualTo("com.example.a-rather-long-ascii-bundle-identifier"));
            Assert.That(plist.GetString("Emoji"), Is.EqualTo("😀"));
            Assert.That(plist.GetString("Empty"), Is.Empty);
            Assert.That(plist.GetString("Key299"), Is.EqualTo("v299"));
            Assert.That(plist.GetString("Small"), Is.Null);
            Assert.That(plist.GetString("Nested"), Is.Null);
        }
    }

    [Test]
    public void ReadsAnXmlInfoPlist()
    {
        var plist = PlistReader.Parse(Encoding.UTF8.GetBytes(DemoInfoPlist), "Info.plist").Value!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plist.ProductVersion, Is.EqualTo("1.0.0.0"));
            Assert.That(plist.ShortVersion, Is.EqualTo("1.0"));
            Assert.That(plist.GetString("CFBundleDisplayName"), Is.EqualTo("测试"));
            Assert.That(plist.GetString("Empty"), Is.Empty);
            Assert.That(plist.GetString("LSRequiresIPhoneOS"), Is.Null);
            Assert.That(plist.GetString("Missing"), Is.Null);
            Assert.That(plist.GetString("Nested"), Is.Null);
        }
    }

    [Test]
    public void ReadsTheEmbeddedPythonBinaryPlist()
    {
        var plist = PlistReader.Parse(Convert.FromHexString(PythonBinaryPlistHex), "Info.plist").Value!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plist.ProductVersion, Is.EqualTo("1.0.0.0"));
            Assert.That(plist.ShortVersion, Is.EqualTo("1.0"));
            Assert.That(plist.GetString("CFBundleDisplayName"), Is.EqualTo("测试"));
            Assert.That(plist.GetString("CFBundleVersion"), Is.EqualTo("12"));
            Assert.That(plist.GetString("LSRequiresIPhoneOS"), Is.Null);
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ReadsPlistsWrittenByPython(bool binary)
    {
        Assume.That(PythonAvailable(), "python3 with plistlib is not installed");
        using var temp = new TempDirectory();
        var path = temp.Combine("Info.plist");
        WritePlistWithPython(path, RichPythonValue, binary);

        var plist = Read(path);

        AssertRichValues(plist);
    }

    [Test]
    public void BinaryAndXmlFromPythonGiveTheSameValidation()
    {
        Assume.That(PythonAvailable(), "python3 with plistlib is not installed");
        using var temp = new TempDirectory();
        var binary = temp.Combine("binary.plist");
        var xml = temp.Combine("xml.plist");
        WritePlistWithPython(binary, "{'Product Version': '1.2.0.0', 'CFBundleShortVersionString': '1.2'}", binary: true);
        WritePlistWithPython(xml, "{'Product Version': '1.2.0.0', 'CFBundleShortVersionString': '1.2'}", binary: false);
        var range = new ClientVersionRange("1.10");

        var fromBinary = CatalogNames.Of(ProductVersionCheck.Validate(range, Read(binary))).ToList();
        var fromXml = CatalogNames.Of(ProductVersionCheck.Validate(range, Read(xml))).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fromBinary, Is.EqualTo(new[] { nameof(DiagnosticCatalog.IosMinAboveProductVersion), nameof(DiagnosticCatalog.ProductVersionDiffersFromShortVersion) }));
            Assert.That(fromXml, Is.EqualTo(fromBinary));
        }
    }

    [Test]
    public void MissingFileIsAFinding()
    {
        using var temp = new TempDirectory();

        var result = PlistReader.Read(temp.Combine("Info.plist"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null);
            Assert.That(CatalogNames.Of(result.Diagnostics.Single()), Is.EqualTo(nameof(DiagnosticCatalog.PlistNotFound)));
        }
    }

    [Test]
    public void FolderIsNotAnInfoPlist()
    {
        using var temp = new TempDirectory();

        Assert.That(CatalogNames.Of(PlistReader.Read(temp.CreateFolder("Info.plist")).Diagnostics.Single()), Is.EqualTo(nameof(DiagnosticCatalog.PlistNotFound)));
    }

    [TestCase("", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("   ", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("hello", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><string>a</string><string>b</string></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key><integer>x</integer></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key><real>x</real></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key><date>x</date></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key><data>!!</data></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict><key>a</key><blob/></dict></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><dict/><dict/></plist>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<html><dict/></html>", nameof(DiagnosticCatalog.PlistInvalid))]
    [TestCase("<plist><array><string>a</string></array></plist>", nameof(DiagnosticCatalog.PlistRootNotDictionary))]
    [TestCase("<plist><string>a</string></plist>", nameof(DiagnosticCatalog.PlistRootNotDictionary))]
    [TestCase("{ \"Product Version\" = \"1.0\"; }", nameof(DiagnosticCatalog.PlistUnsupportedFormat))]
    [TestCase("( a, b )", nameof(DiagnosticCatalog.PlistUnsupportedFormat))]
    [TestCase("bplist15xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", nameof(DiagnosticCatalog.PlistUnsupportedFormat))]
    [TestCase("bplist00", nameof(DiagnosticCatalog.PlistInvalid))]
    public void BadContentIsAFinding(string content, string kind)
    {
        var result = PlistReader.Parse(Encoding.UTF8.GetBytes(content), "Info.plist");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null);
            Assert.That(CatalogNames.Of(result.Diagnostics.Single()), Is.EqualTo(kind));
            Assert.That(result.Diagnostics.Single().Args[0], Is.EqualTo("Info.plist"));
            Assert.That(result.Diagnostics.Single().Subject, Is.EqualTo(new Subject("Info.plist")));
        }
    }

    [Test]
    public void ALaterValueOfAKeyReplacesAnEarlierString_AndIntegersOfAnySizeAreValid()
    {
        const string xml = "<plist><dict><key>Product Version</key><string>1.0</string><key>Product Version</key><integer>+123456789012345678901234567890</integer>"
            + "<key>CFBundleShortVersionString</key><integer>-1</integer><key>CFBundleShortVersionString</key><string>2.0</string></dict></plist>";

        var plist = PlistReader.Parse(Encoding.UTF8.GetBytes(xml), "Info.plist").Value!;

        Assert.That((plist.ProductVersion, plist.ShortVersion), Is.EqualTo(((string?)null, "2.0")));
    }

    [Test]
    public void ExternalEntitiesAreNotResolved()
    {
        using var temp = new TempDirectory();
        var secret = temp.CreateFile("secret.txt", "9.9.9.9");
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY x SYSTEM \"" + new Uri(secret).AbsoluteUri + "\">]>"
            + "<plist><dict><key>Product Version</key><string>&x;</string></dict></plist>";

        var result = PlistReader.Parse(Encoding.UTF8.GetBytes(xml), "Info.plist");

        Assert.That(result.Value?.ProductVersion, Is.Not.EqualTo("9.9.9.9"));
    }

    [Test]
    public void Utf16XmlIsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(DemoInfoPlist.Replace("UTF-8", "UTF-16"))).ToArray();

        Assert.That(PlistReader.Parse(bytes, "Info.plist").Value!.ProductVersion, Is.EqualTo("1.0.0.0"));
    }

    [Test]
    public void TruncatedBinaryPlistsAreFindingsAtEveryLength()
    {
        var bytes = Convert.FromHexString(PythonBinaryPlistHex);

        for (var length = 0; length < bytes.Length; length++)
        {
            var result = PlistReader.Parse(bytes.Take(length).ToArray(), "Info.plist");
            Assert.That(CatalogNames.Of(result.Diagnostics).Single(), Is.EqualTo(nameof(DiagnosticCatalog.PlistInvalid)), "length " + length);
        }
    }

    [Test]
    public void CorruptedBinaryPlistsNeverThrow()
    {
        var bytes = Convert.FromHexString(PythonBinaryPlistHex);
        var outcomes = 0;

        for (var i = 8; i < bytes.Length; i++)
        {
            foreach (var value in new byte[] { 0x00, 0xFF, 0x0F, 0x5F, 0xDF, 0x80, (byte)(bytes[i] ^ 0x01) })
            {
                var corrupt = (byte[])bytes.Clone();
                corrupt[i] = value;
                var result = PlistReader.Parse(corrupt, "Info.plist");
                Assert.That(result.Value != null || result.Diagnostics.Count > 0, Is.True);
                outcomes++;
            }
        }

        Assert.That(outcomes, Is.GreaterThan(1000));
    }

    [Test]
    public void SelfContainingBinaryArrayIsAFinding()
    {
        // Root dict {"a": <array containing itself>}: objects 0 dict, 1 "a", 2 array -> [2].
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("bplist00"));
        var offsets = new List<int>();
        offsets.Add(bytes.Count);
        bytes.AddRange(new byte[] { 0xD1, 0x01, 0x02 });
        offsets.Add(bytes.Count);
        bytes.AddRange(new byte[] { 0x51, (byte)'a' });
        offsets.Add(bytes.Count);
        bytes.AddRange(new byte[] { 0xA1, 0x02 });
        var table = bytes.Count;
        bytes.AddRange(offsets.Select(o => (byte)o));
        bytes.AddRange(new byte[] { 0, 0, 0, 0, 0, 0, 1, 1 });
        bytes.AddRange(BigEndian(3));
        bytes.AddRange(BigEndian(0));
        bytes.AddRange(BigEndian(table));

        var result = PlistReader.Parse(bytes.ToArray(), "Info.plist");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(result.Diagnostics.Single()), Is.EqualTo(nameof(DiagnosticCatalog.PlistInvalid)));
            Assert.That(result.Diagnostics.Single().Message, Does.Contain("contains itself"));
        }
    }

    [Test]
    public void HandBuiltBinaryPlistWithSharedObjectsIsRead()
    {
        // {"Product Version": "1.0", "CFBundleShortVersionString": "1.0"}: both values are the same object 3.
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("bplist00"));
        var offsets = new List<int>();
        offsets.Add(bytes.Count);
        bytes.AddRange(new byte[] { 0xD2, 0x01, 0x02, 0x03, 0x03 });
        offsets.Add(bytes.Count);
        bytes.Add(0x5F);
        bytes.AddRange(new byte[] { 0x10, 15 });
        bytes.AddRange(Encoding.ASCII.GetBytes("Product Version"));
        offsets.Add(bytes.Count);
        bytes.Add(0x5F);
        bytes.AddRange(new byte[] { 0x10, 26 });
        bytes.AddRange(Encoding.ASCII.GetBytes("CFBundleShortVersionString"));
        offsets.Add(bytes.Count);
        bytes.AddRange(new byte[] { 0x63, 0x00, 0x31, 0x00, 0x2E, 0x00, 0x30 });
        var table = bytes.Count;
        bytes.AddRange(offsets.Select(o => (byte)o));
        bytes.AddRange(new byte[] { 0, 0, 0, 0, 0, 0, 1, 1 });
        bytes.AddRange(BigEndian(4));
        bytes.AddRange(BigEndian(0));
        bytes.AddRange(BigEndian(table));

        var plist = PlistReader.Parse(bytes.ToArray(), "Info.plist").Value!;

        Assert.That((plist.ProductVersion, plist.ShortVersion), Is.EqualTo(("1.0", "1.0")));
    }

    [TestCase(-1e11, false)]
    [TestCase(1e12, false)]
    [TestCase(double.NaN, false)]
    [TestCase(double.PositiveInfinity, false)]
    [TestCase(-63113904000.0, false)]
    [TestCase(0.0, true)]
    [TestCase(-3600.5, true)]
    public void BinaryDatesOutsideDateTimeAreFindings(double seconds, bool readable)
    {
        // {"d": <date>}: objects 0 dict, 1 "d", 2 date.
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("bplist00")) { 0xD1, 0x01, 0x02, 0x51, (byte)'d', 0x33 };
        var date = BitConverter.GetBytes(seconds);
        Array.Reverse(date);
        bytes.AddRange(date);
        var table = bytes.Count;
        bytes.AddRange(new byte[] { 8, 11, 13 });
        bytes.AddRange(new byte[] { 0, 0, 0, 0, 0, 0, 1, 1 });
        bytes.AddRange(BigEndian(3));
        bytes.AddRange(BigEndian(0));
        bytes.AddRange(BigEndian(table));

        var result = PlistReader.Parse(bytes.ToArray(), "Info.plist");

        Assert.That(result.Value, readable ? Is.Not.Null : Is.Null);
    }

    [Test]
    public void RandomlyDamagedBinaryPlistsNeverThrow()
    {
        var original = Convert.FromHexString(PythonBinaryPlistHex);
        var random = new Random(20240601);

        for (var round = 0; round < 20000; round++)
        {
            var corrupt = (byte[])original.Clone();
            for (var change = random.Next(1, 5); change > 0; change--)
            {
                corrupt[random.Next(8, corrupt.Length)] = (byte)random.Next(256);
            }

            var result = PlistReader.Parse(corrupt, "Info.plist");
            Assert.That(result.Value != null || result.Diagnostics.Count > 0, Is.True);
        }
    }

    private static byte[] BigEndian(long value)
    {
        var bytes = BitConverter.GetBytes(value);
        Array.Reverse(bytes);
        return bytes;
    }
}
