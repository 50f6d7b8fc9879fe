using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;
using Formats = System.Formats.Tar;

namespace OfflinePackage.Tests.Amr;

public class AmrVerifierTests
{
    private const string Id = "12345678";

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static RsaPublicKey DemoKey => RsaKeys.LoadPublicKeyFile(DemoPackages.PathOf(DemoPackages.PublicKeyFile));

    private static RsaPrivateKey Key => TestKeys.Key2048;

    private static AmrFindingKind[] Kinds(AmrVerification result) => result.Details().Select(f => f.Kind).ToArray();

    private static byte[] Manifest(string id = Id, string version = "1.0.0.0") => ManifestXml.RenderBytes(id, version);

    private string Amr(params (string Name, byte[] Data)[] entries) => TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, entries);

    private static byte[] SimpleTar() => TestAmr.Tar(("hpmfile.json", "{}"), ("www/", ""), ("www/index.html", "<html></html>"));

    // ---- Alibaba's packages ----

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal, "70000000", "1.0.0.6", "index.html")]
    [TestCase(DemoPackages.UnderWww, "00010001", "1.0.0.0", "www/.DS_Store")]
    public void AlibabasPackages_VerifyWithTheDemoKey(string amr, string id, string version, string someEntry)
    {
        var result = AmrVerifier.Verify(DemoPackages.PathOf(amr), DemoKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, result.ToString());
            Assert.That(result.SignaturesChecked, Is.True);
            Assert.That(result.Manifest!.Uid, Is.EqualTo(id));
            Assert.That(result.Manifest.Version, Is.EqualTo(version));
            Assert.That(result.RootEntries, Is.EqualTo(new[] { "Manifest.xml", "CERT.json", id + ".tar" }));
            Assert.That(result.TarEntries, Does.Contain(someEntry).And.Contain("hpmfile.json"));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void AlibabasPackageSignedWithAnotherKey_FailsOnBothSignatures_AndNothingElse()
    {
        var result = AmrVerifier.Verify(DemoPackages.PathOf(DemoPackages.OtherKey), DemoKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Entry)), Is.EquivalentTo(new[]
        {
            (AmrFindingKind.SignatureInvalid, (string?)"77777777.tar"),
            (AmrFindingKind.SignatureInvalid, (string?)"Manifest.xml"),
        }));
    }

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal)]
    [TestCase(DemoPackages.UnderWww)]
    [TestCase(DemoPackages.OtherKey)]
    public void WithoutAKey_OnlyTheStructureIsChecked(string amr)
    {
        var result = AmrVerifier.Verify(DemoPackages.PathOf(amr));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, result.ToString());
            Assert.That(result.SignaturesChecked, Is.False);
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void AnyFlippedByteOfTheContent_FailsVerification()
    {
        // Every byte of Manifest.xml and CERT.json, and a spread of the tar's bytes (headers, data, padding),
        // flipped in a copy that is zipped again.
        var demo = DemoPackages.PathOf(DemoPackages.Normal);
        var entries = DemoPackages.Entries(demo);
        var copy = _temp.Combine(DemoPackages.Normal);
        var failures = new List<string>();
        var checkedCount = 0;
        for (var e = 0; e < entries.Count; e++)
        {
            var data = entries[e].Data;
            var positions = data.Length <= 1024
                ? Enumerable.Range(0, data.Length)
                : Enumerable.Range(0, data.Length).Where(i => i % 61 == 0 || i < 600 || i >= data.Length - 8);
            foreach (var position in positions)
            {
                var flipped = entries.Select(x => (x.Name, x.Data.ToArray())).ToList();
                flipped[e].Item2[position] ^= 0xFF;
                File.Delete(copy);
                DemoPackages.WriteZip(copy, flipped);
                checkedCount++;
                if (AmrVerifier.Verify(copy, DemoKey).IsValid)
                {
                    failures.Add($"{entries[e].Name}@{position}");
                }
            }
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {checkedCount} flips went unnoticed");
    }

    [RequiresMpaasDemo]
    [Test]
    public void AnyFlippedByteOfTheCompressedData_FailsVerification()
    {
        // Every byte of every entry's compressed data, flipped in the .amr file itself.
        var original = File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.UnderWww));
        var zip = ZipHeaders.Parse(original);
        var failures = new List<int>();
        foreach (var local in zip.Locals)
        {
            for (var position = local.DataOffset; position < local.DataOffset + local.CompressedSize; position++)
            {
                var copy = original.ToArray();
                copy[position] ^= 0xFF;
                using var stream = new MemoryStream(copy);
                if (AmrVerifier.Verify(stream, DemoPackages.UnderWww, DemoKey).IsValid)
                {
                    failures.Add((int)position);
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [RequiresMpaasDemo]
    [Test]
    public void DamagedFiles_GiveFindings_NeverExceptions()
    {
        var original = File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.Normal));
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var copy = original.ToArray();
            var flips = 1 + random.Next(8);
            for (var f = 0; f < flips; f++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            if (i % 10 == 0)
            {
                Array.Resize(ref copy, random.Next(copy.Length));
            }

            using var stream = new MemoryStream(copy);
            Assert.That(() => AmrVerifier.Verify(stream, DemoPackages.Normal, DemoKey), Throws.Nothing, $"round {i}");
        }
    }

    // ---- zip structure ----

    [Test]
    public void MissingFile_IsFileUnreadable()
    {
        Assert.That(Kinds(AmrVerifier.Verify(_temp.Combine("none_1.0.amr"))), Is.EqualTo(new[] { AmrFindingKind.FileUnreadable }));
    }

    [RequiresMpaasDemo]
    [TestCase(new byte[0])]
    [TestCase(new byte[] { 1, 2, 3, 4, 5 })]
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 })]
    public void NotAZip_IsNotAZip(byte[] bytes)
    {
        var path = _temp.CreateFile(Id + "_1.0.0.0.amr", bytes);
        Assert.That(Kinds(AmrVerifier.Verify(path, DemoKey)), Is.EqualTo(new[] { AmrFindingKind.NotAZip }));
    }

    [Test]
    public void OurSimpleAmr_IsValid()
    {
        var result = AmrVerifier.Verify(Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar())), Key.PublicKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, result.ToString());
            Assert.That(result.TarEntries, Is.EqualTo(new[] { "hpmfile.json", "www/", "www/index.html" }));
        }
    }

    [Test]
    public void ExtraRootFile_IsUnexpected()
    {
        var result = AmrVerifier.Verify(Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()), ("SIGN.json", new byte[] { 1 })), Key.PublicKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.UnexpectedEntry, (string?)"SIGN.json") }));
    }

    [Test]
    public void DirectoriesAndNestedFiles_AreUnexpected()
    {
        var result = AmrVerifier.Verify(Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()), ("www/", Array.Empty<byte>()), ("www/index.html", new byte[] { 1 })), Key.PublicKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[]
        {
            (AmrFindingKind.UnexpectedEntry, (string?)"www/"),
            (AmrFindingKind.UnexpectedEntry, (string?)"www/index.html"),
            (AmrFindingKind.UnusedSignature, (string?)"CERT.json"),
            (AmrFindingKind.UnusedSignature, (string?)"CERT.json"),
        }));
    }

    [Test]
    public void DuplicateEntry_IsReported()
    {
        var amr = TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()), (Id + ".tar", SimpleTar()) },
            signatures => signatures.DistinctBy(s => s.Key).ToList());
        var result = AmrVerifier.Verify(amr, Key.PublicKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.DuplicateEntry, (string?)(Id + ".tar")) }));
    }

    [Test]
    public void MissingEntries_AreReported()
    {
        var noManifest = AmrVerifier.Verify(TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { (Id + ".tar", SimpleTar()) }), Key.PublicKey);
        var noTarPath = _temp.Combine("notar/" + Id + "_1.0.0.0.amr");
        Directory.CreateDirectory(Path.GetDirectoryName(noTarPath)!);
        var noTar = AmrVerifier.Verify(TestAmr.Write(noTarPath, Key, new[] { ("Manifest.xml", Manifest()) }), Key.PublicKey);
        var noCertPath = _temp.Combine("nocert/" + Id + "_1.0.0.0.amr");
        Directory.CreateDirectory(Path.GetDirectoryName(noCertPath)!);
        DemoPackages.WriteZip(noCertPath, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()) });
        var noCert = AmrVerifier.Verify(noCertPath, Key.PublicKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(noManifest.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.MissingEntry, (string?)"Manifest.xml") }));
            Assert.That(noTar.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.MissingEntry, (string?)(Id + ".tar")) }));
            Assert.That(noCert.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.MissingEntry, (string?)"CERT.json") }));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void WrongCrcInTheCentralDirectory_IsEntryUnreadable()
    {
        // System.IO.Compression on netstandard2.0 does not check CRCs; the clients' unzip does, so the verifier must.
        // Both headers agree on the wrong CRC: one that disagrees with the other is refused before any data is read.
        var bytes = File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.Normal));
        var zip = ZipHeaders.Parse(bytes);
        var central = (int)zip.End.CentralDirectoryOffset;
        bytes[central + 16] ^= 0x01; // CRC-32 of the first entry, Manifest.xml
        bytes[zip.Locals[0].Offset + 14] ^= 0x01; // and in its local header
        using var stream = new MemoryStream(bytes);
        var result = AmrVerifier.Verify(stream, DemoPackages.Normal, DemoKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.EntryUnreadable, (string?)"Manifest.xml") }));
        Assert.That(result.Details()[0].Text, Does.Contain("CRC-32"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void EncryptedEntry_IsEntryUnreadable()
    {
        var bytes = File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.Normal));
        var zip = ZipHeaders.Parse(bytes);
        bytes[(int)zip.End.CentralDirectoryOffset + 8] |= 0x01; // general purpose flag bit 0 of Manifest.xml
        bytes[zip.Locals[0].Offset + 6] |= 0x01; // in its local header too
        using var stream = new MemoryStream(bytes);
        Assert.That(Kinds(AmrVerifier.Verify(stream, DemoPackages.Normal, DemoKey)), Is.EqualTo(new[] { AmrFindingKind.EntryUnreadable }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void NonSeekableStream_IsVerifiedToo()
    {
        var stream = new NonSeekableStream();
        stream.Write(File.ReadAllBytes(DemoPackages.PathOf(DemoPackages.Normal)));
        stream.Position = 0;
        Assert.That(AmrVerifier.Verify(stream, DemoPackages.Normal, DemoKey).IsValid, Is.True);
    }

    // ---- names ----

    [Test]
    public void FileNameOfAnotherVersion_IsAManifestMismatch()
    {
        var amr = Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()));
        var renamed = Path.Combine(_temp.Root, Id + "_1.0.0.9.amr");
        File.Move(amr, renamed);
        var result = AmrVerifier.Verify(renamed, Key.PublicKey);
        Assert.That(result.Details().Select(f => (f.Kind, f.Text)), Is.EqualTo(new[] { (AmrFindingKind.ManifestMismatch, "the version is '1.0.0.0' but the file name says '1.0.0.9'") }));
    }

    [Test]
    public void FileNameOfAnotherId_IsAManifestMismatch_AndATarNameMismatch()
    {
        var amr = Amr(("Manifest.xml", Manifest("87654321")), (Id + ".tar", SimpleTar()));
        var result = AmrVerifier.Verify(amr, Key.PublicKey);
        Assert.That(Kinds(result), Is.EqualTo(new[] { AmrFindingKind.ManifestMismatch, AmrFindingKind.TarNameMismatch }));
    }

    [TestCase("package.amr")]
    [TestCase("12345678_1.0.0.0.zip")]
    [TestCase("_1.0.amr")]
    [TestCase("12345678_.amr")]
    public void FileNameNotIdUnderscoreVersion_IsFileNameInvalid(string fileName)
    {
        var amr = Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()));
        var renamed = Path.Combine(_temp.Root, fileName);
        File.Move(amr, renamed);
        Assert.That(Kinds(AmrVerifier.Verify(renamed, Key.PublicKey)), Is.EqualTo(new[] { AmrFindingKind.FileNameInvalid }));
    }

    [Test]
    public void StreamWithoutAFileName_SkipsTheNameCheck()
    {
        using var stream = File.OpenRead(Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar())));
        Assert.That(AmrVerifier.Verify(stream, null, Key.PublicKey).IsValid, Is.True);
    }

    [Test]
    public void InvalidManifest_IsReported()
    {
        var result = AmrVerifier.Verify(Amr(("Manifest.xml", Encoding.UTF8.GetBytes("<package><uid>12345678</uid>")), (Id + ".tar", SimpleTar())), Key.PublicKey);
        Assert.That(Kinds(result), Is.EqualTo(new[] { AmrFindingKind.ManifestInvalid }));
    }

    // ---- CERT.json ----

    [RequiresMpaasDemo]
    [Test]
    public void CertJsonThatIsNotJson_IsCertJsonInvalid()
    {
        var path = _temp.Combine(Id + "_1.0.0.0.amr");
        DemoPackages.WriteZip(path, new[] { ("Manifest.xml", Manifest()), ("CERT.json", Encoding.UTF8.GetBytes("{\"a\":")), (Id + ".tar", SimpleTar()) });
        Assert.That(Kinds(AmrVerifier.Verify(path, Key.PublicKey)), Is.EqualTo(new[] { AmrFindingKind.CertJsonInvalid }));
    }

    [Test]
    public void MissingSignature_IsSignatureMissing_EvenWithoutAKey()
    {
        var amr = TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()) },
            signatures => signatures.Where(s => s.Key != "Manifest.xml").ToList());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(AmrVerifier.Verify(amr, Key.PublicKey).Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.SignatureMissing, (string?)"Manifest.xml") }));
            Assert.That(Kinds(AmrVerifier.Verify(amr)), Is.EqualTo(new[] { AmrFindingKind.SignatureMissing }));
        }
    }

    [Test]
    public void EmptyCertJson_MissesEverySignature()
    {
        var amr = TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()) }, _ => new());
        Assert.That(Kinds(AmrVerifier.Verify(amr, Key.PublicKey)), Is.EqualTo(new[] { AmrFindingKind.SignatureMissing, AmrFindingKind.SignatureMissing }));
    }

    [Test]
    public void SignatureThatIsNotBase64_IsSignatureMalformed()
    {
        var path = _temp.Combine(Id + "_1.0.0.0.amr");
        var cert = "{\"" + Id + ".tar\":\"" + Convert.ToBase64String(Sha1Rsa.Sign(SimpleTar(), Key)) + "\",\"Manifest.xml\":\"#not base64#\"} \n";
        DemoPackages.WriteZip(path, new[] { ("Manifest.xml", Manifest()), ("CERT.json", Encoding.UTF8.GetBytes(cert)), (Id + ".tar", SimpleTar()) });
        Assert.That(AmrVerifier.Verify(path, Key.PublicKey).Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.SignatureMalformed, (string?)"Manifest.xml") }));
    }

    [Test]
    public void SignatureOfAFileNotInTheZip_IsUnusedSignature()
    {
        var amr = TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()) },
            signatures => signatures.Append(new KeyValuePair<string, byte[]>("android.tiny.tar", new byte[256])).ToList());
        var result = AmrVerifier.Verify(amr, Key.PublicKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kinds(result), Is.EqualTo(new[] { AmrFindingKind.UnusedSignature }));
            Assert.That(result.Details()[0].Text, Does.Contain("android.tiny.tar"));
        }
    }

    [Test]
    public void SignatureOfTheWrongLength_IsSignatureInvalid()
    {
        var amr = TestAmr.Write(_temp.Combine(Id + "_1.0.0.0.amr"), Key, new[] { ("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()) },
            signatures => signatures.Select(s => s.Key == "Manifest.xml" ? new KeyValuePair<string, byte[]>(s.Key, s.Value.Take(100).ToArray()) : s).ToList());
        Assert.That(AmrVerifier.Verify(amr, Key.PublicKey).Details().Select(f => (f.Kind, f.Entry)), Is.EqualTo(new[] { (AmrFindingKind.SignatureInvalid, (string?)"Manifest.xml") }));
    }

    // ---- the tar ----

    private static byte[] DotNetTar(Formats.TarEntryFormat format, params Formats.TarEntry[] entries)
    {
        using var output = new MemoryStream();
        using (var writer = new Formats.TarWriter(output, format, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                writer.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }

    private static Formats.TarEntry TarFile(Formats.TarEntryFormat format, string name) => format switch
    {
        Formats.TarEntryFormat.Gnu => new Formats.GnuTarEntry(Formats.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(new byte[] { 1, 2, 3 }) },
        Formats.TarEntryFormat.Pax => new Formats.PaxTarEntry(Formats.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(new byte[] { 1, 2, 3 }) },
        Formats.TarEntryFormat.Ustar => new Formats.UstarTarEntry(Formats.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(new byte[] { 1, 2, 3 }) },
        _ => new Formats.V7TarEntry(Formats.TarEntryType.V7RegularFile, name) { DataStream = new MemoryStream(new byte[] { 1, 2, 3 }) },
    };

    private AmrVerification VerifyTar(byte[] tar) =>
        AmrVerifier.Verify(Amr(("Manifest.xml", Manifest()), (Id + ".tar", tar)), Key.PublicKey);

    private static readonly string LongName = "www/" + new string('a', 100) + "/index.html";

    [Test]
    public void GnuLongNameRecord_IsAnExtensionRecord()
    {
        var result = VerifyTar(DotNetTar(Formats.TarEntryFormat.Gnu, TarFile(Formats.TarEntryFormat.Gnu, LongName)));
        Assert.That(Kinds(result), Does.Contain(AmrFindingKind.TarExtensionRecord));
        Assert.That(result.Details().First(f => f.Kind == AmrFindingKind.TarExtensionRecord).Text, Does.Contain("GNU long-name"));
    }

    [Test]
    public void PaxHeader_IsAnExtensionRecord()
    {
        var result = VerifyTar(DotNetTar(Formats.TarEntryFormat.Pax, TarFile(Formats.TarEntryFormat.Pax, "www/index.html")));
        Assert.That(result.Details().Select(f => (f.Kind, f.Text)), Does.Contain((AmrFindingKind.TarExtensionRecord, "a PAX extended header ('x')")));
    }

    [Test]
    public void UstarPrefixField_IsANameTooLong()
    {
        var result = VerifyTar(DotNetTar(Formats.TarEntryFormat.Ustar, TarFile(Formats.TarEntryFormat.Ustar, LongName)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Details().Select(f => (f.Kind, f.TarEntry)), Is.EqualTo(new[] { (AmrFindingKind.TarNameTooLong, (string?)LongName) }));
            Assert.That(result.TarEntries, Is.EqualTo(new[] { LongName }));
        }
    }

    [Test]
    public void PosixUstar_WithShortNames_IsAccepted()
    {
        Assert.That(VerifyTar(DotNetTar(Formats.TarEntryFormat.Ustar, TarFile(Formats.TarEntryFormat.Ustar, "www/index.html"))).IsValid, Is.True);
    }

    [Test]
    public void V7Header_IsAnUnsupportedFormat()
    {
        var result = VerifyTar(DotNetTar(Formats.TarEntryFormat.V7, TarFile(Formats.TarEntryFormat.V7, "index.html")));
        Assert.That(Kinds(result), Is.EqualTo(new[] { AmrFindingKind.TarUnsupportedFormat }));
    }

    [Test]
    public void SymbolicLink_IsAnUnsupportedEntry()
    {
        var link = new Formats.UstarTarEntry(Formats.TarEntryType.SymbolicLink, "www/link") { LinkName = "/etc/passwd" };
        var result = VerifyTar(DotNetTar(Formats.TarEntryFormat.Ustar, link));
        Assert.That(result.Details().Select(f => (f.Kind, f.TarEntry, f.Text)), Is.EqualTo(new[]
        {
            (AmrFindingKind.TarUnsupportedEntry, (string?)"www/link", "a symbolic link (type '2'), not a regular file or directory"),
        }));
    }

    [TestCase("/etc/passwd")]
    [TestCase("../escape.html")]
    [TestCase("www/../../escape.html")]
    [TestCase("./index.html")]
    [TestCase("www\\index.html")]
    public void UnsafeNames_AreReported(string name)
    {
        var tar = DotNetTar(Formats.TarEntryFormat.Gnu, TarFile(Formats.TarEntryFormat.Gnu, name));
        Assert.That(VerifyTar(tar).Details().Select(f => (f.Kind, f.TarEntry)), Is.EqualTo(new[] { (AmrFindingKind.TarUnsafeName, (string?)name) }));
    }

    [Test]
    public void DuplicateTarNames_AreReported()
    {
        var tar = DotNetTar(Formats.TarEntryFormat.Gnu, TarFile(Formats.TarEntryFormat.Gnu, "a.js"), TarFile(Formats.TarEntryFormat.Gnu, "a.js"));
        Assert.That(Kinds(VerifyTar(tar)), Is.EqualTo(new[] { AmrFindingKind.TarDuplicateName }));
    }

    [Test]
    public void BadHeaderChecksum_IsTarInvalid()
    {
        var tar = SimpleTar();
        tar[512 * 2 + 10] ^= 0x01; // inside the name of the second header ("www/")
        Assert.That(VerifyTar(tar).Details().Select(f => (f.Kind, f.Text)), Is.EqualTo(new[] { (AmrFindingKind.TarInvalid, "the header at byte 1024 has a wrong checksum") }));
    }

    [Test]
    public void TruncatedTar_IsTarInvalid()
    {
        var tar = TestAmr.Tar(("big.js", new string('x', 5000)));
        Assert.That(Kinds(VerifyTar(tar.Take(2048).ToArray())), Is.EqualTo(new[] { AmrFindingKind.TarInvalid }));
    }

    [TestCase(1)]
    [TestCase(150_000)]
    [TestCase(199_999)]
    public void DataCutShort_IsTarInvalid_AtThatEntry(int cutAfter)
    {
        var tar = TestAmr.Tar(("a.js", "a"), ("big.js", new string('x', 200_000)));
        var bigData = Array.IndexOf(tar, (byte)'x');

        var details = VerifyTar(tar.Take(bigData + cutAfter).ToArray()).Details();

        Assert.That(details.Select(f => (f.Kind, f.TarEntry, f.Text)), Is.EqualTo(new[] { (AmrFindingKind.TarInvalid, (string?)"big.js", "the tar ends in the middle of this entry's data") }));
    }

    [Test]
    public void EntryData_IsReadInLargeReads_NotBlockByBlock()
    {
        // Every read goes through the hashing and checking streams: a read per 512-byte block made them cost double.
        var tar = TestAmr.Tar(("big.js", new string('x', 1 << 20)));
        var counting = new ReadCountingStream(tar);

        var names = TarInspector.Inspect(counting, Id + ".tar", new List<AmrDetail>(), CancellationToken.None);

        Assert.That(names, Does.Contain("big.js"));
        Assert.That(counting.Reads, Is.LessThan(64), "reads for a tar with one 1 MiB file");
    }

    [Test]
    public void TarWithoutEndBlocks_IsAccepted()
    {
        var tar = SimpleTar();
        var end = TarHeaderFields.EndOfEntries(tar);
        Assert.That(VerifyTar(tar.Take(end).ToArray()).IsValid, Is.True);
    }

    [Test]
    [RequiresMpaasDemo]
    public void Cancellation_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => AmrVerifier.Verify(DemoPackages.PathOf(DemoPackages.Normal), DemoKey, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Detail_ToString_NamesKindEntryAndText()
    {
        var detail = new AmrDetail(AmrFindingKind.TarUnsafeName, "1.tar", "/x", Texts.AmrDetail_TarNameAbsolute);
        Assert.That(detail.ToString(), Is.EqualTo("TarUnsafeName [1.tar: /x]: the name is absolute"));
    }

    [Test]
    public void EachFinding_IsAnOPK5005AboutTheAmrFile_WordedAsTheBuildReportsIt()
    {
        var path = Amr(("Manifest.xml", Manifest()), (Id + ".tar", SimpleTar()), ("SIGN.json", new byte[] { 1 }));

        var finding = AmrVerifier.Verify(path, Key.PublicKey).Findings.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finding.Code, Is.EqualTo("OPK5005"));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That((finding.Subject.Kind, finding.Subject.File, finding.Subject.Line), Is.EqualTo((SubjectKind.File, path, 0)));
            Assert.That(
                finding.Message,
                Is.EqualTo($"'{path}' does not verify: UnexpectedEntry [SIGN.json]: an extra root file; an .amr holds only Manifest.xml, CERT.json and <ID>.tar."));
            Assert.That(AmrDetail.Of(finding)!.Kind, Is.EqualTo(AmrFindingKind.UnexpectedEntry));
        }
    }
}
