using System.IO.Compression;
using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class DeterministicZipWriterTests
{
    // 2023-11-14 22:13:20, whose MS-DOS words are worked out by hand in ArchiveTimestampTests.
    private static readonly DateTime Timestamp = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);
    private const ushort TimestampDosTime = 0xB1AA;
    private const ushort TimestampDosDate = 0x576E;

    private const ushort Utf8Flag = 1 << 11;
    private const uint UnixRegularFile0644 = 0x81A4; // octal 0100644
    private const uint UnixDirectory0755 = 0x41ED;   // octal 040755

    private static readonly byte[] Text = Encoding.UTF8.GetBytes("<!doctype html><title>offline</title>\n" + string.Concat(Enumerable.Repeat("hello ", 500)));

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(Action<DeterministicZipWriter> build, DateTime? timestamp = null)
    {
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, timestamp ?? Timestamp);
        build(writer);
        writer.Finish();
        return output.ToArray();
    }

    private static byte[] SampleZip() => Zip(w =>
    {
        w.AddDirectory("12345678/");
        w.AddDirectory("12345678/www");
        w.AddFile("12345678/www/index.html", new MemoryStream(Text));
        w.AddFile("12345678/www/empty.txt", new MemoryStream());
        w.AddFile("12345678/www/random.bin", new MemoryStream(RandomBytes(200_000, seed: 1)));
    });

    private static Dictionary<string, byte[]> ReadWithZipArchive(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            result.Add(entry.FullName, content.ToArray());
        }

        return result;
    }

    [Test]
    public void RoundTrip_ThroughZipArchive_KeepsNamesOrderAndContent()
    {
        var random = RandomBytes(200_000, seed: 1);

        var zip = SampleZip();

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                archive.Entries.Select(e => e.FullName),
                Is.EqualTo(new[] { "12345678/", "12345678/www/", "12345678/www/index.html", "12345678/www/empty.txt", "12345678/www/random.bin" }));
            var contents = ReadWithZipArchive(zip);
            Assert.That(contents["12345678/www/index.html"], Is.EqualTo(Text));
            Assert.That(contents["12345678/www/empty.txt"], Is.Empty);
            Assert.That(contents["12345678/www/random.bin"], Is.EqualTo(random));
            Assert.That(contents["12345678/"], Is.Empty);
            Assert.That(archive.Entries.Where(e => e.FullName.EndsWith('/')).Select(e => e.Length), Is.All.Zero);
        }
    }

    [Test]
    public void AddDirectory_AppendsTheSlashOnlyWhenMissing()
    {
        var zip = Zip(w =>
        {
            w.AddDirectory("a");
            w.AddDirectory("a/b/");
        });

        Assert.That(ZipHeaders.Parse(zip).Centrals.Select(c => c.Name), Is.EqualTo(new[] { "a/", "a/b/" }));
    }

    [Test]
    public void SameInputTwice_GivesIdenticalBytes()
    {
        var first = SampleZip();
        var second = SampleZip();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void DifferentTimestamp_IsTheOnlyDifference()
    {
        var a = Zip(w => w.AddFile("a.txt", new MemoryStream(Text)), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var b = Zip(w => w.AddFile("a.txt", new MemoryStream(Text)), new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(b, Has.Length.EqualTo(a.Length));
            Assert.That(differing, Is.Not.Empty);
            Assert.That(differing.Count, Is.LessThanOrEqualTo(4), "only the date words of the local and the central header");
        }
    }

    [Test]
    public void Headers_AgreeWithTheContentAndWithEachOther()
    {
        var random = RandomBytes(200_000, seed: 1);
        var expected = new Dictionary<string, byte[]>
        {
            ["12345678/www/index.html"] = Text,
            ["12345678/www/empty.txt"] = Array.Empty<byte>(),
            ["12345678/www/random.bin"] = random,
        };

        var zip = SampleZip();
        var headers = ZipHeaders.Parse(zip);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Locals, Has.Count.EqualTo(5));
            Assert.That(headers.Centrals, Has.Count.EqualTo(5));
            Assert.That(headers.LocalsEnd, Is.EqualTo(headers.End.CentralDirectoryOffset), "entries are back to back, with no data descriptors");
            Assert.That(headers.End.Entries, Is.EqualTo((ushort)5));
            Assert.That(headers.End.EntriesOnDisk, Is.EqualTo((ushort)5));
            Assert.That(headers.End.DiskNumber, Is.Zero);
            Assert.That(headers.End.CommentLength, Is.Zero);
            Assert.That(headers.End.Offset, Is.EqualTo(zip.Length - 22));
            Assert.That(headers.End.CentralDirectoryOffset + headers.End.CentralDirectorySize, Is.EqualTo(headers.End.Offset));
            for (var i = 0; i < headers.Centrals.Count; i++)
            {
                var central = headers.Centrals[i];
                var local = headers.Locals[i];
                Assert.That(central.LocalHeaderOffset, Is.EqualTo(local.Offset));
                Assert.That(local.NameBytes, Is.EqualTo(central.NameBytes));
                Assert.That(local.Crc, Is.EqualTo(central.Crc));
                Assert.That(local.CompressedSize, Is.EqualTo(central.CompressedSize));
                Assert.That(local.Size, Is.EqualTo(central.Size));
                Assert.That(local.Method, Is.EqualTo(central.Method));
                Assert.That(local.Flags, Is.EqualTo(central.Flags));
                Assert.That(local.VersionNeeded, Is.EqualTo(central.VersionNeeded));
                Assert.That(local.ExtraLength, Is.Zero);
                Assert.That(central.ExtraLength, Is.Zero);
                Assert.That(central.CommentLength, Is.Zero);
                if (expected.TryGetValue(central.Name, out var content))
                {
                    Assert.That(central.Crc, Is.EqualTo(ReferenceCrc32.Compute(content)), central.Name);
                    Assert.That(central.Size, Is.EqualTo((uint)content.Length), central.Name);
                }
            }
        }
    }

    [Test]
    public void FileEntries_AreDeflated_AndTheDataInflatesToTheContent()
    {
        var zip = Zip(w => w.AddFile("index.html", new MemoryStream(Text)));
        var local = ZipHeaders.Parse(zip).Locals.Single();

        using var inflated = new MemoryStream();
        using (var deflate = new DeflateStream(new MemoryStream(zip, (int)local.DataOffset, (int)local.CompressedSize), CompressionMode.Decompress))
        {
            deflate.CopyTo(inflated);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(local.Method, Is.EqualTo((ushort)8));
            Assert.That(local.VersionNeeded, Is.EqualTo((ushort)20));
            Assert.That(local.CompressedSize, Is.LessThan(local.Size));
            Assert.That(inflated.ToArray(), Is.EqualTo(Text));
        }
    }

    [Test]
    public void EmptyFile_IsStoredWithZeroSizesAndNoData()
    {
        var zip = Zip(w =>
        {
            w.AddFile("empty.txt", new MemoryStream());
            w.AddFile("after.txt", new MemoryStream(Text));
        });
        var headers = ZipHeaders.Parse(zip);
        var local = headers.Locals[0];
        var central = headers.Centrals[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(local.Name, Is.EqualTo("empty.txt"));
            Assert.That(local.Method, Is.Zero);
            Assert.That(central.Method, Is.Zero);
            Assert.That(local.VersionNeeded, Is.EqualTo((ushort)10));
            Assert.That(local.CompressedSize, Is.Zero);
            Assert.That(local.Size, Is.Zero);
            Assert.That(central.CompressedSize, Is.Zero);
            Assert.That(central.Size, Is.Zero);
            Assert.That(local.Crc, Is.Zero);
            Assert.That(headers.Locals[1].Offset, Is.EqualTo(local.DataOffset), "the next entry follows the name directly");
            Assert.That(ReadWithZipArchive(zip)["after.txt"], Is.EqualTo(Text));
        }
    }

    [Test]
    public void DirectoryEntries_AreStoredEmpty()
    {
        var central = ZipHeaders.Parse(Zip(w => w.AddDirectory("12345678/"))).Centrals.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(central.Method, Is.Zero);
            Assert.That(central.Size, Is.Zero);
            Assert.That(central.CompressedSize, Is.Zero);
            Assert.That(central.Crc, Is.Zero);
        }
    }

    [TestCase("12345678/www/中文.js")]
    [TestCase("12345678/www/café.css")]
    [TestCase("12345678/www/😀.png")]
    [TestCase("12345678/文件夹/")]
    public void NonAsciiName_SetsTheUtf8FlagAndRoundTrips(string name)
    {
        var zip = Zip(w =>
        {
            if (name.EndsWith('/'))
            {
                w.AddDirectory(name);
            }
            else
            {
                w.AddFile(name, new MemoryStream(Text));
            }
        });
        var headers = ZipHeaders.Parse(zip);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Locals[0].Flags & Utf8Flag, Is.EqualTo(Utf8Flag));
            Assert.That(headers.Centrals[0].Flags & Utf8Flag, Is.EqualTo(Utf8Flag));
            Assert.That(headers.Centrals[0].NameBytes, Is.EqualTo(Encoding.UTF8.GetBytes(name)));
            Assert.That(archive.Entries.Single().FullName, Is.EqualTo(name));
        }
    }

    [Test]
    public void AsciiName_LeavesAllFlagsClear()
    {
        var headers = ZipHeaders.Parse(Zip(w =>
        {
            w.AddDirectory("12345678/");
            w.AddFile("12345678/index.html", new MemoryStream(Text));
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Locals.Select(l => l.Flags), Is.All.Zero);
            Assert.That(headers.Centrals.Select(c => c.Flags), Is.All.Zero);
        }
    }

    [Test]
    public void CentralDirectory_SaysMadeByUnixWithFixedPermissions()
    {
        var headers = ZipHeaders.Parse(SampleZip());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Centrals.Count(c => c.Name.EndsWith('/')), Is.EqualTo(2));
            Assert.That(headers.Centrals.Count(c => !c.Name.EndsWith('/')), Is.EqualTo(3));
            foreach (var central in headers.Centrals)
            {
                Assert.That(central.VersionMadeBy >> 8, Is.EqualTo(3), central.Name + ": host system Unix");
                Assert.That(central.DiskNumberStart, Is.Zero);
                Assert.That(central.InternalAttributes, Is.Zero);
                if (central.Name.EndsWith('/'))
                {
                    Assert.That(central.ExternalAttributes >> 16, Is.EqualTo(UnixDirectory0755), central.Name);
                    Assert.That(central.ExternalAttributes & 0x10, Is.EqualTo(0x10u), central.Name + ": MS-DOS directory bit");
                }
                else
                {
                    Assert.That(central.ExternalAttributes >> 16, Is.EqualTo(UnixRegularFile0644), central.Name);
                    Assert.That(central.ExternalAttributes & 0x10, Is.Zero, central.Name);
                }
            }
        }
    }

    [Test]
    public void ExternalAttributes_AreWhatZipArchiveSees()
    {
        using var archive = new ZipArchive(new MemoryStream(SampleZip()), ZipArchiveMode.Read);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(archive.GetEntry("12345678/www/index.html")!.ExternalAttributes >>> 16, Is.EqualTo((int)UnixRegularFile0644));
            Assert.That(archive.GetEntry("12345678/www/")!.ExternalAttributes >>> 16, Is.EqualTo((int)UnixDirectory0755));
        }
    }

    [Test]
    public void EveryEntry_HasTheGivenTimestamp()
    {
        var zip = SampleZip();
        var headers = ZipHeaders.Parse(zip);

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers.Locals.Select(l => l.DosTime), Is.All.EqualTo(TimestampDosTime));
            Assert.That(headers.Locals.Select(l => l.DosDate), Is.All.EqualTo(TimestampDosDate));
            Assert.That(headers.Centrals.Select(c => c.DosTime), Is.All.EqualTo(TimestampDosTime));
            Assert.That(headers.Centrals.Select(c => c.DosDate), Is.All.EqualTo(TimestampDosDate));
            Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(new DateTime(2023, 11, 14, 22, 13, 20)));
        }
    }

    [Test]
    public void CancelledToken_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, Timestamp);

        Assert.That(() => writer.AddFile("a.bin", new MemoryStream(RandomBytes(300_000, seed: 3)), cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void TokenCancelledWhileCopying_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, Timestamp);
        var source = new CallbackOnReadStream(RandomBytes(300_000, seed: 4), cancel.Cancel);

        Assert.That(() => writer.AddFile("a.bin", source, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase(0)]
    [TestCase(1000)]
    public void SourceThatFailsToRead_SurfacesAsSourceReadExceptionNamingTheEntry(int bytesBeforeFailure)
    {
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, Timestamp);
        var source = new FailingReadStream(RandomBytes(bytesBeforeFailure, seed: 5));

        var thrown = Assert.Throws<SourceReadException>(() => writer.AddFile("12345678/www/app.js", source));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown!.Path, Is.EqualTo("12345678/www/app.js"));
            Assert.That(thrown.InnerException, Is.SameAs(source.Failure));
        }
    }

    [Test]
    public void NonSeekableOutput_IsRejected()
    {
        using var output = new NonSeekableStream();

        Assert.That(() => new DeterministicZipWriter(output, Timestamp), Throws.ArgumentException);
    }

    [Test]
    public void EntryCountOf0xFFFF_WhichIsTheZip64Marker_ThrowsZipLimitException()
    {
        // APPNOTE 4.4.1.4: a field holding 0xFFFF means "see the Zip64 record", so 65,534 is the largest plain count.
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, Timestamp);
        for (var i = 0; i < 0xFFFF; i++)
        {
            writer.AddDirectory("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var thrown = Assert.Throws<ZipLimitException>(writer.Finish);

        Assert.That(thrown!.Entries, Is.EqualTo(0xFFFF));
    }

    [Test]
    public void TheMostEntriesAllowed_GiveAnArchiveZipArchiveCanRead()
    {
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output, Timestamp);
        for (var i = 0; i < 0xFFFE; i++)
        {
            writer.AddDirectory("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.Finish();

        var zip = output.ToArray();
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(archive.Entries, Has.Count.EqualTo(0xFFFE));
            Assert.That(ZipHeaders.Parse(zip).End.Entries, Is.EqualTo((ushort)0xFFFE));
        }
    }
}
