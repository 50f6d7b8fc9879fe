using System.IO.Compression;
using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

public class AmrWriterTests
{
    private const string Id = "12345678";
    private const string Version = "1.0.0.1";
    private static readonly DateTime Timestamp = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private ZipSource[] SampleFiles() => new[]
    {
        new ZipSource(_temp.CreateFile("dist/index.html", "<!doctype html><title>offline</title>"), "www/index.html"),
        new ZipSource(_temp.CreateFile("dist/js/app.js", "console.log('app')"), "www/js/app.js"),
        new ZipSource(_temp.CreateFile("dist/css/a-b.css", "body{}"), "www/css/a-b.css"),
        new ZipSource(_temp.CreateFile("dist/logo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "www/img/logo.png"),
    };

    private string Write(IEnumerable<ZipSource> files, string? path = null, RsaPrivateKey? key = null)
    {
        path ??= _temp.Combine("out/" + AmrWriter.FileName(Id, Version));
        AmrWriter.Write(path, Id, Version, files, key ?? TestKeys.Key2048, Timestamp);
        return path;
    }

    [Test]
    public void FileAndTarNames()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(AmrWriter.FileName("70000000", "1.0.0.6"), Is.EqualTo("70000000_1.0.0.6.amr"));
            Assert.That(AmrWriter.TarName("70000000"), Is.EqualTo("70000000.tar"));
        }
    }

    [Test]
    public void Layout_HasEveryFolder_AndHpmFile_InByteOrder()
    {
        var layout = AmrWriter.Layout(new[]
        {
            new ZipSource("/s/x.js", "a/x.js"),
            new ZipSource("/s/y.js", "a-b/y.js"),
            new ZipSource("/s/a.js", "a.js"),
            new ZipSource("/s/i.html", "index.html"),
            new ZipSource("/s/z.js", "a/b/c/z.js"),
            new ZipSource("/s/Z.js", "Z.js"),
        });

        // Byte order: 'Z' (0x5A) < 'a' (0x61); '-' (0x2D) < '.' (0x2E) < '/' (0x2F).
        Assert.That(layout.Select(e => (e.Name, e.Kind, e.SourcePath)), Is.EqualTo(new (string, AmrTarEntryKind, string?)[]
        {
            ("Z.js", AmrTarEntryKind.File, "/s/Z.js"),
            ("a-b/", AmrTarEntryKind.Directory, null),
            ("a-b/y.js", AmrTarEntryKind.File, "/s/y.js"),
            ("a.js", AmrTarEntryKind.File, "/s/a.js"),
            ("a/", AmrTarEntryKind.Directory, null),
            ("a/b/", AmrTarEntryKind.Directory, null),
            ("a/b/c/", AmrTarEntryKind.Directory, null),
            ("a/b/c/z.js", AmrTarEntryKind.File, "/s/z.js"),
            ("a/x.js", AmrTarEntryKind.File, "/s/x.js"),
            ("hpmfile.json", AmrTarEntryKind.HpmFile, null),
            ("index.html", AmrTarEntryKind.File, "/s/i.html"),
        }));
    }

    [Test]
    public void Layout_SortsByUtf8Bytes_NotUtf16()
    {
        // U+FF21 (EF BC A1 in UTF-8) sorts before U+1F600 (F0 9F 98 80) by bytes, after it by UTF-16 code units.
        var layout = AmrWriter.Layout(new[] { new ZipSource("/s/1", "\U0001F600.txt"), new ZipSource("/s/2", "\uFF21.txt") }, includeHpmFile: false);
        Assert.That(layout.Select(e => e.Name), Is.EqualTo(new[] { "\uFF21.txt", "\U0001F600.txt" }));
    }

    [TestCase("")]
    [TestCase("/www/a.js")]
    [TestCase("www\\a.js")]
    [TestCase("www//a.js")]
    [TestCase("www/./a.js")]
    [TestCase("www/../a.js")]
    [TestCase("www/")]
    [TestCase("./a.js")]
    [TestCase("www/..")]
    [TestCase("www/a.js/.")]
    public void Layout_RefusesUnusableTargetPaths(string target)
    {
        Assert.That(() => AmrWriter.Layout(new[] { new ZipSource("/s/a", target) }), Throws.ArgumentException);
    }

    [TestCase("www/.well-known/a.json")]
    [TestCase("www/...")]
    [TestCase("www/..a.js")]
    [TestCase(".b")]
    public void Layout_TakesNamesThatOnlyStartWithDots(string target)
    {
        Assert.That(AmrWriter.Layout(new[] { new ZipSource("/s/a", target) }, includeHpmFile: false).Last().Name, Is.EqualTo(target));
    }

    [Test]
    public void Layout_RefusesDuplicates_AnOwnHpmFile_AndFileFolderClashes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AmrWriter.Layout(new[] { new ZipSource("/s/a", "a.js"), new ZipSource("/s/b", "a.js") }), Throws.ArgumentException.With.Message.Contains("more than once"));
            Assert.That(() => AmrWriter.Layout(new[] { new ZipSource("/s/a", "hpmfile.json") }), Throws.ArgumentException.With.Message.Contains("written by the packager"));
            Assert.That(AmrWriter.Layout(new[] { new ZipSource("/s/a", "hpmfile.json") }, includeHpmFile: false).Single().Kind, Is.EqualTo(AmrTarEntryKind.File));
            Assert.That(() => AmrWriter.Layout(new[] { new ZipSource("/s/a", "www"), new ZipSource("/s/b", "www/a.js") }), Throws.ArgumentException.With.Message.Contains("both a file and a folder"));
        }
    }

    [Test]
    public void Layout_RefusesNamesOver100Bytes()
    {
        var folder = new string('f', 99);
        var e = Assert.Throws<TarNameTooLongException>(() => AmrWriter.Layout(new[] { new ZipSource("/s/a", folder + "/a") }));
        Assert.That((e!.Name, e.ByteCount), Is.EqualTo((folder + "/a", 101)));
    }

    [Test]
    public void Write_ZipHoldsManifestCertAndTar_InAlibabasOrder_Deflated_NoDirectories()
    {
        var amr = Write(SampleFiles());
        var zip = ZipHeaders.Parse(File.ReadAllBytes(amr));
        var expected = new[] { "Manifest.xml", "CERT.json", Id + ".tar" };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(zip.Locals.Select(l => l.Name), Is.EqualTo(expected));
            Assert.That(zip.Centrals.Select(c => c.Name), Is.EqualTo(expected));
            Assert.That(zip.Centrals.Select(c => c.Method), Is.All.EqualTo((ushort)8), "deflated, as Alibaba's");
            Assert.That(zip.Centrals.Select(c => c.ExternalAttributes >> 16), Is.All.EqualTo(0x81A4u), "regular files 0644");
            Assert.That(Path.GetFileName(amr), Is.EqualTo("12345678_1.0.0.1.amr"));
        }
    }

    [Test]
    public void Write_ManifestAndCertJson_HaveAlibabasFormat()
    {
        var amr = Write(SampleFiles());
        var manifest = DemoPackages.Entry(amr, "Manifest.xml");
        var cert = Encoding.UTF8.GetString(DemoPackages.Entry(amr, "CERT.json"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest, Is.EqualTo(ManifestXml.RenderBytes(Id, Version)));
            Assert.That(cert, Does.Match("^\\{\"12345678\\.tar\":\"[A-Za-z0-9+/]{342}==\",\"Manifest\\.xml\":\"[A-Za-z0-9+/]{342}==\"\\} \n$"));
            Assert.That(cert, Has.Length.EqualTo(727), "as long as Alibaba's for a 2048-bit key");
        }
    }

    [Test]
    public void Write_TarHoldsTheFilesBelowTheIdFolder_FoldersAndHpmFile_Sorted()
    {
        var files = SampleFiles();
        var amr = Write(files);
        var tar = DemoPackages.Entry(amr, Id + ".tar");
        var headers = TarHeaderFields.ReadAll(tar);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Select(h => h.Name), Is.EqualTo(new[]
            {
                "hpmfile.json", "www/", "www/css/", "www/css/a-b.css", "www/img/", "www/img/logo.png", "www/index.html", "www/js/", "www/js/app.js",
            }));
            Assert.That(headers.Where(h => h.Name.EndsWith('/')).Select(h => h.Type), Is.All.EqualTo('5'));
            Assert.That(tar.Length % 10240, Is.Zero);
            foreach (var file in files)
            {
                var header = headers.Single(h => h.Name == file.TargetPath);
                Assert.That(tar.AsSpan((int)header.Offset + 512, (int)header.Size).ToArray(), Is.EqualTo(File.ReadAllBytes(file.SourcePath)), file.TargetPath);
            }

            var hpm = headers.Single(h => h.Name == "hpmfile.json");
            Assert.That(tar.AsSpan((int)hpm.Offset + 512, (int)hpm.Size).ToArray(), Is.EqualTo(HpmFile.RenderBytes(Id, Version)));
            Assert.That(headers.Select(h => h.Mtime), Is.All.EqualTo(TarWriter.ToUnixSeconds(Timestamp)));
        }
    }

    [Test]
    public void Write_SignaturesVerify_WithTheKeysPublicHalf_AndNotWithAnother()
    {
        var amr = Write(SampleFiles());
        var good = AmrVerifier.Verify(amr, TestKeys.Key2048.PublicKey);
        var other = AmrVerifier.Verify(amr, TestKeys.Generate(2048).PublicKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(good.IsValid, Is.True, good.ToString());
            Assert.That(good.SignaturesChecked, Is.True);
            Assert.That(other.Details().Select(f => (f.Kind, f.Entry)), Is.EquivalentTo(new[]
            {
                (AmrFindingKind.SignatureInvalid, (string?)Id + ".tar"),
                (AmrFindingKind.SignatureInvalid, (string?)"Manifest.xml"),
            }));
        }
    }

    [Test]
    public void Write_SameInputs_GiveIdenticalBytes_WhereverTheSourcesLie()
    {
        var first = Write(SampleFiles(), _temp.Combine("a/" + AmrWriter.FileName(Id, Version)));
        var second = Write(SampleFiles(), _temp.Combine("b/" + AmrWriter.FileName(Id, Version)));

        // The same content from another folder, listed in another order.
        var elsewhere = SampleFiles().Select(f =>
        {
            var copy = _temp.Combine("elsewhere/" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(f.SourcePath, copy);
            return new ZipSource(copy, f.TargetPath);
        }).Reverse().ToList();
        var third = Write(elsewhere, _temp.Combine("c/" + AmrWriter.FileName(Id, Version)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
            Assert.That(File.ReadAllBytes(third), Is.EqualTo(File.ReadAllBytes(first)));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void Write_ReproducesAlibabasTar_ByteForByte()
    {
        // 77777777 uses the modes we write (0644/0755) and one mtime for every entry, so our tar of its files equals
        // the console's tar exactly.
        var demo = DemoPackages.PathOf(DemoPackages.OtherKey);
        var alibabaTar = DemoPackages.Entry(demo, "77777777.tar");
        var icon = TarHeaderFields.ReadAll(alibabaTar).Single(h => h.Name.EndsWith("appicon.png"));
        var iconPath = _temp.CreateFile("appicon.png", alibabaTar.AsSpan((int)icon.Offset + 512, (int)icon.Size).ToArray());
        var mtime = DateTime.UnixEpoch.AddSeconds(icon.Mtime);

        var amr = _temp.Combine("out/77777777_1.0.0.0.amr");
        AmrWriter.Write(amr, "77777777", "1.0.0.0", new[] { new ZipSource(iconPath, icon.Name) }, TestKeys.Key2048, mtime);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(DemoPackages.Entry(amr, "77777777.tar"), Is.EqualTo(alibabaTar));
            Assert.That(DemoPackages.Entry(amr, "Manifest.xml"), Is.EqualTo(DemoPackages.Entry(demo, "Manifest.xml")));
        }
    }

    [Test]
    public void Write_NameOf101Bytes_IsRejected_BeforeAnythingIsWritten()
    {
        var source = _temp.CreateFile("a.js", "x");
        var name = "www/" + new string('n', 94) + ".js";
        Assert.That(Encoding.UTF8.GetByteCount(name), Is.EqualTo(101));
        var amr = _temp.Combine("out/" + AmrWriter.FileName(Id, Version));

        Assert.That(() => Write(new[] { new ZipSource(source, name) }, amr), Throws.TypeOf<TarNameTooLongException>());
        Assert.That(Directory.Exists(_temp.Combine("out")), Is.False);
    }

    [Test]
    public void Write_NameOf100Bytes_IsAccepted()
    {
        var source = _temp.CreateFile("a.js", "x");
        var name = "www/" + new string('n', 93) + ".js";
        var amr = Write(new[] { new ZipSource(source, name) });
        Assert.That(AmrVerifier.Verify(amr, TestKeys.Key2048.PublicKey).TarEntries, Does.Contain(name));
    }

    [Test]
    public void Write_LeavesNoTemporaryFiles()
    {
        var amr = Write(SampleFiles());
        Assert.That(_temp.FileNamesIn("out"), Is.EqualTo(new[] { Path.GetFileName(amr) }));
    }

    [Test]
    public void Write_UnreadableSource_FailsWithSourceReadException_KeepsTheOldFile_AndCleansUp()
    {
        var amr = Write(SampleFiles());
        var before = File.ReadAllBytes(amr);
        var files = SampleFiles().Append(new ZipSource(_temp.Combine("dist/missing.js"), "www/missing.js"));

        var e = Assert.Throws<SourceReadException>(() => Write(files, amr));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(e!.Path, Is.EqualTo(_temp.Combine("dist/missing.js")));
            Assert.That(File.ReadAllBytes(amr), Is.EqualTo(before));
            Assert.That(_temp.FileNamesIn("out"), Is.EqualTo(new[] { Path.GetFileName(amr) }));
        }
    }

    [Test]
    public void Write_Cancelled_ThrowsAndWritesNothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var amr = _temp.Combine("out/" + AmrWriter.FileName(Id, Version));
        Assert.That(() => AmrWriter.Write(amr, Id, Version, SampleFiles(), TestKeys.Key2048, Timestamp, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(File.Exists(amr), Is.False);
    }

    [Test]
    public void Write_ReplacesAnExistingAmr_AndRemovesLeftoversOfAKilledBuild()
    {
        var amr = Write(SampleFiles());
        var leftover = _temp.CreateFile("out/." + Path.GetFileName(amr) + ".0123456789ab.tar.tmp", "half a tar");
        var files = SampleFiles().Take(1).ToList();

        Write(files, amr);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(leftover), Is.False);
            Assert.That(AmrVerifier.Verify(amr, TestKeys.Key2048.PublicKey).TarEntries, Is.EqualTo(new[] { "hpmfile.json", "www/", "www/index.html" }));
        }
    }

    [Test]
    public void Write_NoFiles_GivesATarWithOnlyHpmFile()
    {
        var amr = Write(Array.Empty<ZipSource>());
        var result = AmrVerifier.Verify(amr, TestKeys.Key2048.PublicKey);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, result.ToString());
            Assert.That(result.TarEntries, Is.EqualTo(new[] { "hpmfile.json" }));
        }
    }

    [TestCase("", "1.0.0.0")]
    [TestCase("1234_5678", "1.0.0.0")]
    [TestCase("../x", "1.0.0.0")]
    [TestCase("12345678", "")]
    [TestCase("12345678", "1.0 beta")]
    [TestCase("12345678", "1<0")]
    public void Write_RefusesUnusableIdsAndVersions(string id, string version)
    {
        Assert.That(() => AmrWriter.Write(_temp.Combine("x.amr"), id, version, Array.Empty<ZipSource>(), TestKeys.Key2048, Timestamp), Throws.ArgumentException);
    }

    [Test]
    public void Write_RefusesTimestampsBefore1980()
    {
        var before = new DateTime(1979, 12, 31, 23, 59, 59, DateTimeKind.Utc);
        Assert.That(() => AmrWriter.Write(_temp.Combine("x.amr"), Id, Version, Array.Empty<ZipSource>(), TestKeys.Key2048, before), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Write_LargeFile_IsStreamed_AndStoredCorrectly()
    {
        var content = new byte[5 * 1024 * 1024 + 123];
        new Random(3).NextBytes(content);
        var source = _temp.CreateFile("dist/big.bin", content);
        var amr = Write(new[] { new ZipSource(source, "www/big.bin") });

        using var zip = ZipFile.OpenRead(amr);
        using var tar = new System.Formats.Tar.TarReader(zip.GetEntry(Id + ".tar")!.Open());
        System.Formats.Tar.TarEntry? entry;
        while ((entry = tar.GetNextEntry()) != null && entry.Name != "www/big.bin")
        {
        }

        using var data = new MemoryStream();
        entry!.DataStream!.CopyTo(data);
        Assert.That(data.ToArray(), Is.EqualTo(content));
    }
}
