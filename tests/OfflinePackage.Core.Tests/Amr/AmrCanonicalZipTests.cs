using System.Buffers.Binary;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// Issue 15: archives that other readers (Info-ZIP, Python's zipfile, Java's ZipFile and ZipInputStream) read
/// differently from us. Each holds a good, signed package and a tampered one; the verifier must refuse the whole
/// file, with a detail naming what makes it ambiguous, and never take the good half and say OK.
/// </summary>
public class AmrCanonicalZipTests
{
    private const string Id = "12345678";
    private const string FileName = Id + "_1.0.0.0.amr";
    private const string TarName = Id + ".tar";

    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static RsaPrivateKey Key => TestKeys.Key2048;

    /// <summary>Our signed package: verifies with <see cref="Key"/>.</summary>
    private ZipCraft Good()
    {
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/", ""), ("www/index.html", "<html>good</html>"));
        return ZipCraft.Of(File.ReadAllBytes(TestAmr.WriteStandard(_temp.CreateFolder("good"), Key, tar, Id)));
    }

    /// <summary>The same names with another tar and the good package's CERT.json: its tar signature does not hold.</summary>
    private ZipCraft Evil()
    {
        var goodAmr = Path.Combine(_temp.Root, "good", FileName);
        var cert = DemoPackages.Entry(goodAmr, "CERT.json");
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/", ""), ("www/index.html", "<script>evil()</script>"));
        var path = _temp.Combine("evil.zip");
        DemoPackages.WriteZip(path, new[] { ("Manifest.xml", ManifestXml.RenderBytes(Id, "1.0.0.0")), ("CERT.json", cert), (TarName, tar) });
        return ZipCraft.Of(File.ReadAllBytes(path));
    }

    private static AmrVerification Verify(byte[] amr)
    {
        using var stream = new MemoryStream(amr);
        return AmrVerifier.Verify(stream, FileName, Key.PublicKey);
    }

    private static string[] DetailTexts(AmrVerification result) => result.Details().Select(f => f.Text).ToArray();

    /// <summary>Refused as a zip that is not canonical, with a detail that is <paramref name="detailText"/> (an AmrDetail_ text of Texts), filled.</summary>
    private static void AssertRefused(AmrVerification result, string detailText)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.False, "a tampered archive was reported valid");
            Assert.That(result.Details().Select(f => f.Kind.ToString()), Has.Some.EqualTo("ZipNotCanonical"), result.ToString());
            Assert.That(DetailTexts(result), Has.Some.Matches(TextPattern.Of(detailText)), result.ToString());
        }
    }

    [Test]
    public void TheGoodPackage_Verifies()
    {
        var good = Good();
        Assert.That(Verify(good.Join()).IsValid, Is.True, Verify(good.Join()).ToString());
    }

    [Test]
    public void SecondDirectoryAndEndRecordInTheEndRecordsComment_IsRefused()
    {
        // Info-ZIP, zipfile and ZipFile take the last end record (its comment length need not fit), and so the evil tar.
        var good = Good();
        var evil = Evil();
        var evilStart = good.Locals.Length + good.Directory.Length + ZipCraft.EndLength;
        var evilDirectory = evilStart + evil.Locals.Length;
        var comment = ZipCraft.Concat(
            evil.Locals,
            ZipCraft.Relocate(evil.Directory, evilStart),
            ZipCraft.End(evil.Count, evil.Directory.Length, evilDirectory, commentLength: 1));
        var amr = ZipCraft.Concat(good.Locals, good.Directory, ZipCraft.End(good.Count, good.Directory.Length, good.Locals.Length, comment.Length), comment);

        var result = Verify(amr);

        AssertRefused(result, Texts.AmrDetail_ZipHasComment);
        Assert.That(DetailTexts(result), Does.Contain(Texts.AmrDetail_ZipCommentHidesRecords));
    }

    [Test]
    public void TwoCentralDirectories_TheDeclaredOffsetAtTheGoodOne_IsRefused()
    {
        // The evil directory sits directly before the end record, where readers that trust the layout over the offset look.
        var good = Good();
        var evil = Evil();
        var evilLocals = good.Locals.Length;
        var goodDirectory = evilLocals + evil.Locals.Length;
        var amr = ZipCraft.Concat(
            good.Locals,
            evil.Locals,
            good.Directory,
            ZipCraft.Relocate(evil.Directory, evilLocals),
            ZipCraft.End(good.Count, good.Directory.Length, goodDirectory));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipDirectoryNotBeforeEnd);
    }

    [Test]
    public void LocalEntryTheDirectoryDoesNotList_BeforeTheListedOnes_IsRefused()
    {
        // Java's ZipInputStream (streaming readers on Android) meets the unlisted tar first.
        var good = Good();
        var unlisted = Evil().LocalRecordOf(TarName);
        var amr = ZipCraft.Concat(
            unlisted,
            good.Locals,
            ZipCraft.Relocate(good.Directory, unlisted.Length),
            ZipCraft.End(good.Count, good.Directory.Length, unlisted.Length + good.Locals.Length));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipUnlistedEntry);
    }

    [Test]
    public void LocalEntryTheDirectoryDoesNotList_BetweenTheListedOnes_IsRefused()
    {
        var good = Good();
        var unlisted = Evil().LocalRecordOf(TarName);
        var amr = ZipCraft.Concat(
            good.Locals,
            unlisted,
            good.Directory,
            ZipCraft.End(good.Count, good.Directory.Length, good.Locals.Length + unlisted.Length));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipUnlistedEntry);
    }

    [TestCase(8, 2, 0, nameof(Texts.AmrDetail_ZipLocalMethodDiffers))]
    [TestCase(18, 4, 1, nameof(Texts.AmrDetail_ZipLocalCompressedSizeDiffers))]
    [TestCase(22, 4, 1, nameof(Texts.AmrDetail_ZipLocalSizeDiffers))]
    [TestCase(14, 4, 1, nameof(Texts.AmrDetail_ZipLocalCrcDiffers))]
    [TestCase(6, 2, 0x0800, nameof(Texts.AmrDetail_ZipLocalFlagsDiffer))]
    [TestCase(30, 1, 0x20, nameof(Texts.AmrDetail_ZipLocalNameDiffers))]
    public void LocalHeaderThatContradictsTheCentralDirectory_IsRefused(int field, int width, int xor, string detailName)
    {
        // The method case is the issue's: the local header says stored, the directory deflated; Info-ZIP and ZipInputStream fail.
        var good = Good();
        var amr = good.Join();
        var at = good.LocalOffsetOf(TarName) + field;
        if (width == 2)
        {
            var value = BinaryPrimitives.ReadUInt16LittleEndian(amr.AsSpan(at));
            BinaryPrimitives.WriteUInt16LittleEndian(amr.AsSpan(at), (ushort)(xor == 0 ? 0 : value ^ xor));
        }
        else
        {
            amr[at] ^= (byte)xor;
        }

        AssertRefused(Verify(amr), Texts.ResourceManager.GetString(detailName, Texts.Culture)!);
    }

    [Test]
    public void EntriesSharingOneDeflateStream_AreRefused()
    {
        // Each local header lies in the previous one's extra field, so that all their data starts at the same byte.
        var good = Good();
        const int shared = 40;
        var data = new byte[1 << 20];
        var compressed = Deflate(data);
        var crc = ReferenceCrc32.Compute(data);
        var names = Enumerable.Range(0, shared).Select(i => $"x{i:D2}.bin").ToList();
        var headerLength = 30 + names[0].Length;
        var chain = names.SelectMany((name, i) => ZipCraft.LocalHeader(name, 8, crc, (uint)compressed.Length, (uint)data.Length, (shared - 1 - i) * headerLength)).ToArray();
        var directory = ZipCraft.Concat(new[] { good.Directory }
            .Concat(names.Select((name, i) => ZipCraft.CentralRecord(name, 8, crc, (uint)compressed.Length, (uint)data.Length, good.Locals.Length + (i * headerLength))))
            .ToArray());
        var directoryOffset = good.Locals.Length + chain.Length + compressed.Length;
        var amr = ZipCraft.Concat(good.Locals, chain, compressed, directory, ZipCraft.End(good.Count + shared, directory.Length, directoryOffset));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipOverlap);
    }

    [Test]
    public void EntriesInAnotherOrderThanTheDirectoryLists_AreRefused()
    {
        var good = Good();
        var offsets = ZipCraft.RecordOffsets(good.Directory);
        var records = offsets.Select((at, i) => good.Directory[at..(i + 1 < offsets.Count ? offsets[i + 1] : good.Directory.Length)]).Reverse().ToArray();
        var amr = ZipCraft.Concat(good.Locals, ZipCraft.Concat(records), ZipCraft.End(good.Count, good.Directory.Length, good.Locals.Length));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipOrder);
    }

    [Test]
    public void BytesAfterTheEndRecord_AreRefused()
    {
        var amr = ZipCraft.Concat(Good().Join(), new byte[] { 0 });

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipBytesAfterEnd);
    }

    [Test]
    public void CommentWithoutHiddenRecords_IsRefusedToo()
    {
        // An .amr has no comment: the console writes none, and a comment is where a second end record hides.
        var good = Good();
        var amr = ZipCraft.Concat(good.Locals, good.Directory, ZipCraft.End(good.Count, good.Directory.Length, good.Locals.Length, 3), "abc"u8.ToArray());

        var result = Verify(amr);

        AssertRefused(result, Texts.AmrDetail_ZipHasComment);
        Assert.That(DetailTexts(result), Does.Not.Contain(Texts.AmrDetail_ZipCommentHidesRecords));
    }

    [Test]
    public void GapBetweenEntries_IsRefused()
    {
        var good = Good();
        var tarAt = good.LocalOffsetOf(TarName);
        var padding = new byte[16];
        var locals = ZipCraft.Concat(good.Locals[..tarAt], padding, good.Locals[tarAt..]);
        var directory = good.Directory.ToArray();
        var record = good.RecordOf(TarName);
        BinaryPrimitives.WriteUInt32LittleEndian(directory.AsSpan(record + 42), (uint)(tarAt + padding.Length));
        var amr = ZipCraft.Concat(locals, directory, ZipCraft.End(good.Count, directory.Length, locals.Length));

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipGap);
    }

    /// <summary>The good package's entries zipped to a stream that cannot seek: each entry's CRC and sizes follow its data.</summary>
    private byte[] WithDataDescriptors()
    {
        var entries = DemoPackages.Entries(Path.Combine(_temp.Root, "good", FileName));
        var output = new NonSeekableStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(data);
            }
        }

        var bytes = output.ToArray();
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(6)) & 8, Is.EqualTo(8), "the writer should have used data descriptors");
        return bytes;
    }

    [Test]
    public void DataDescriptorsThatAgreeWithTheDirectory_AreAccepted()
    {
        Good();

        var result = Verify(WithDataDescriptors());

        Assert.That(result.IsValid, Is.True, result.ToString());
    }

    [Test]
    public void DataDescriptorThatDisagreesWithTheDirectory_IsRefused()
    {
        Good();
        var amr = WithDataDescriptors();
        var zip = ZipCraft.Of(amr);
        var tar = zip.LocalOffsetOf(TarName);
        var dataOffset = tar + 30 + BinaryPrimitives.ReadUInt16LittleEndian(amr.AsSpan(tar + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(amr.AsSpan(tar + 28));
        var descriptor = dataOffset + (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.Directory.AsSpan(zip.RecordOf(TarName) + 20));
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(amr.AsSpan(descriptor)), Is.EqualTo(0x08074b50u));
        amr[descriptor + 12] ^= 1; // the uncompressed size it records

        AssertRefused(Verify(amr), Texts.AmrDetail_ZipDataDescriptorDiffers);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }
}
