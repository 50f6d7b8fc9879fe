using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;
using Formats = System.Formats.Tar;

namespace OfflinePackage.Tests.Archives;

public class TarWriterTests
{
    private static readonly DateTime Timestamp = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);
    private const long TimestampSeconds = 1_700_000_000;

    private static byte[] Tar(Action<TarWriter> build, DateTime? timestamp = null)
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, timestamp ?? Timestamp);
        build(writer);
        writer.Finish();
        return output.ToArray();
    }

    /// <summary>The headers of Alibaba's tar inside a demo .amr.</summary>
    private static List<TarHeaderFields> DemoHeaders(string amr, string tar) =>
        TarHeaderFields.ReadAll(DemoPackages.Entry(DemoPackages.PathOf(amr), tar));

    [Test]
    public void ToUnixSeconds_IsSecondsSince1970Utc()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TarWriter.ToUnixSeconds(Timestamp), Is.EqualTo(TimestampSeconds));
            Assert.That(TarWriter.ToUnixSeconds(DateTime.SpecifyKind(Timestamp, DateTimeKind.Unspecified)), Is.EqualTo(TimestampSeconds));
            Assert.That(TarWriter.ToUnixSeconds(ArchiveTimestamp.Default), Is.EqualTo(315_532_800));
            Assert.That(() => TarWriter.ToUnixSeconds(new DateTime(1969, 12, 31, 0, 0, 0, DateTimeKind.Utc)), Throws.InstanceOf<ArgumentOutOfRangeException>());
        }
    }

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.OtherKey, "77777777.tar")]
    [TestCase(DemoPackages.Normal, "70000000.tar")]
    [TestCase(DemoPackages.UnderWww, "00010001.tar")]
    public void FileHeader_MatchesAlibabas_FieldByField(string amr, string tar)
    {
        var alibaba = DemoHeaders(amr, tar).First(h => h.Type == '0');
        var ours = TarHeaderFields.ReadAll(Tar(w => w.AddFile(alibaba.Name, new byte[alibaba.Size])))[0];

        // Name, size, checksum and mtime depend on the entry; the newer demos use mode 0664, we write 0644 like 77777777.
        var skipped = new[] { "name", "size", "chksum", "mtime" };
        using (Assert.EnterMultipleScope())
        {
            foreach (var (field, _, _) in TarHeaderFields.Layout.Where(f => !skipped.Contains(f.Name)))
            {
                if (field == "mode" && amr != DemoPackages.OtherKey)
                {
                    Assert.That(Encoding.ASCII.GetString(alibaba["mode"]), Is.EqualTo("0000664\0"));
                    continue;
                }

                Assert.That(ours[field], Is.EqualTo(alibaba[field]), $"field {field}");
            }

            Assert.That(ours.Name, Is.EqualTo(alibaba.Name));
            Assert.That(ours.Size, Is.EqualTo(alibaba.Size));
            Assert.That(ours["size"], Is.EqualTo(alibaba["size"]), "same size, same size field");
        }
    }

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.OtherKey, "77777777.tar")]
    [TestCase(DemoPackages.UnderWww, "00010001.tar")]
    public void DirectoryHeader_MatchesAlibabas_FieldByField(string amr, string tar)
    {
        var alibaba = DemoHeaders(amr, tar).First(h => h.Type == '5');
        var ours = TarHeaderFields.ReadAll(Tar(w => w.AddDirectory(alibaba.Name)))[0];

        var skipped = new[] { "name", "chksum", "mtime" };
        using (Assert.EnterMultipleScope())
        {
            foreach (var (field, _, _) in TarHeaderFields.Layout.Where(f => !skipped.Contains(f.Name)))
            {
                if (field == "mode" && amr != DemoPackages.OtherKey)
                {
                    Assert.That(Encoding.ASCII.GetString(alibaba["mode"]), Is.EqualTo("0000775\0"));
                    continue;
                }

                Assert.That(ours[field], Is.EqualTo(alibaba[field]), $"field {field}");
            }

            Assert.That(ours.Name, Does.EndWith("/"));
        }
    }

    [Test]
    public void FieldEncodings_AreThoseOfAlibabasTars()
    {
        var header = TarHeaderFields.ReadAll(Tar(w => w.AddFile("index.html", new byte[3076])))[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Encoding.ASCII.GetString(header["mode"]), Is.EqualTo("0000644\0"));
            Assert.That(Encoding.ASCII.GetString(header["uid"]), Is.EqualTo("0000764\0"), "uid 500");
            Assert.That(Encoding.ASCII.GetString(header["gid"]), Is.EqualTo("0000764\0"), "gid 500");
            Assert.That(Encoding.ASCII.GetString(header["size"]), Is.EqualTo("00000006004\0"));
            Assert.That(Encoding.ASCII.GetString(header["mtime"]), Is.EqualTo(Convert.ToString(TimestampSeconds, 8).PadLeft(11, '0') + "\0"));
            Assert.That(Encoding.ASCII.GetString(header["magic"]) + Encoding.ASCII.GetString(header["version"]), Is.EqualTo("ustar  \0"));
            Assert.That(Encoding.ASCII.GetString(header["uname"]).TrimEnd('\0'), Is.EqualTo("admin"));
            Assert.That(Encoding.ASCII.GetString(header["gname"]).TrimEnd('\0'), Is.EqualTo("admin"));
            Assert.That(header.Type, Is.EqualTo('0'));
        }
    }

    [Test]
    public void Checksum_IsSixOctalDigitsNulSpace_AndCorrect()
    {
        var headers = TarHeaderFields.ReadAll(Tar(w =>
        {
            w.AddDirectory("www/");
            w.AddFile("www/index.html", Encoding.UTF8.GetBytes("<html></html>"));
        }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var header in headers)
            {
                var field = Encoding.ASCII.GetString(header["chksum"]);
                Assert.That(field, Does.Match("^[0-7]{6}\0 $"));
                Assert.That(Convert.ToInt32(field.Substring(0, 6), 8), Is.EqualTo(header.ComputeChecksum()));
            }
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void DemoChecksums_UseTheSameFormat()
    {
        // Guards the test's own reading of Alibaba's headers.
        foreach (var header in DemoHeaders(DemoPackages.Normal, "70000000.tar"))
        {
            Assert.That(Convert.ToInt32(Encoding.ASCII.GetString(header["chksum"], 0, 6), 8), Is.EqualTo(header.ComputeChecksum()));
        }
    }

    [Test]
    public void Content_IsPaddedToBlocks_EndsWithTwoZeroBlocks_AndRecordPadding()
    {
        var content = Encoding.UTF8.GetBytes("hello tar");
        var tar = Tar(w => w.AddFile("a.txt", content));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tar, Has.Length.EqualTo(10240));
            Assert.That(tar.AsSpan(512, content.Length).ToArray(), Is.EqualTo(content));
            Assert.That(tar.AsSpan(512 + content.Length).ContainsAnyExcept((byte)0), Is.False, "zeros after the data");
        }
    }

    [TestCase(0, 10240)]
    [TestCase(8704, 10240)]      // 512 + 8704 + 1024 = 10240 exactly: no extra record
    [TestCase(8705, 20480)]      // one byte more needs a block more, which needs a record more
    [TestCase(20000, 30720)]
    public void Length_IsAMultipleOf10240_WithRoomForTwoZeroBlocks(int size, int expected)
    {
        var tar = Tar(w => w.AddFile("f.bin", new byte[size]));
        var end = TarHeaderFields.EndOfEntries(tar);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tar, Has.Length.EqualTo(expected));
            Assert.That(tar.Length - end, Is.GreaterThanOrEqualTo(1024));
            Assert.That(tar.AsSpan(end).ContainsAnyExcept((byte)0), Is.False);
        }
    }

    [Test]
    public void EmptyTar_IsOneRecordOfZeros()
    {
        var tar = Tar(_ => { });
        Assert.That(tar, Is.EqualTo(new byte[10240]));
    }

    [Test]
    public void NameOf100Bytes_Fits_101Bytes_IsRejected()
    {
        var hundred = new string('a', 96) + ".txt";
        var tooLong = "b" + hundred;
        var tar = Tar(w => w.AddFile(hundred, new byte[1]));
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);

        var e = Assert.Throws<TarNameTooLongException>(() => writer.AddFile(tooLong, new byte[1]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TarHeaderFields.ReadAll(tar)[0].Name, Is.EqualTo(hundred));
            Assert.That(e!.ByteCount, Is.EqualTo(101));
            Assert.That(e.Name, Is.EqualTo(tooLong));
            Assert.That(output.Length, Is.Zero, "nothing written for the rejected entry");
        }
    }

    [Test]
    public void DirectoryName_CountsItsSlash_AndMultiByteCharactersCountAsBytes()
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        writer.AddDirectory(new string('d', 99) + "/");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => writer.AddDirectory(new string('d', 100) + "/"), Throws.TypeOf<TarNameTooLongException>());
            Assert.That(() => writer.AddFile(new string('é', 50) + "x", new byte[1]), Throws.TypeOf<TarNameTooLongException>().With.Property("ByteCount").EqualTo(101));
        }
    }

    [Test]
    public void Names_AreCheckedForKind()
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => writer.AddDirectory("www"), Throws.ArgumentException);
            Assert.That(() => writer.AddFile("www/", new byte[1]), Throws.ArgumentException);
            Assert.That(() => writer.AddFile("", new byte[1]), Throws.ArgumentException);
            Assert.That(() => writer.AddFile("a\0b", new byte[1]), Throws.ArgumentException);
        }
    }

    [Test]
    public void AddFile_FromPath_StreamsTheFile()
    {
        using var temp = new TempDirectory();
        var content = new byte[300_000];
        new Random(7).NextBytes(content);
        var source = temp.CreateFile("big.bin", content);

        var tar = Tar(w => w.AddFile("www/big.bin", source));
        var header = TarHeaderFields.ReadAll(tar)[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(header.Size, Is.EqualTo(content.Length));
            Assert.That(tar.AsSpan(512, content.Length).ToArray(), Is.EqualTo(content));
        }
    }

    [Test]
    public void AddFile_MissingSource_IsASourceReadException()
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("missing.js");
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        var e = Assert.Throws<SourceReadException>(() => writer.AddFile("missing.js", missing));
        Assert.That(e!.Path, Is.EqualTo(missing));
    }

    [Test]
    public void AddFile_StreamShorterOrLongerThanDeclared_IsASourceReadException()
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => writer.AddFile("short", new MemoryStream(new byte[10]), 11), Throws.TypeOf<SourceReadException>().With.Message.Contains("shorter"));
            Assert.That(() => writer.AddFile("long", new MemoryStream(new byte[12]), 11), Throws.TypeOf<SourceReadException>().With.Message.Contains("grew"));
        }
    }

    [Test]
    public void AddFile_ReadFailure_IsASourceReadException()
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        var failing = new FailingReadStream(new byte[100]);
        var e = Assert.Throws<SourceReadException>(() => writer.AddFile("f", failing, 1000));
        Assert.That(e!.InnerException, Is.SameAs(failing.Failure));
    }

    [Test]
    public void Cancellation_StopsTheCopy()
    {
        using var cancel = new CancellationTokenSource();
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        var content = new CallbackOnReadStream(new byte[500_000], cancel.Cancel);
        Assert.That(() => writer.AddFile("f", content, 500_000, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Finish_ClosesTheTar()
    {
        using var output = new MemoryStream();
        var writer = new TarWriter(output, Timestamp);
        writer.Finish();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => writer.AddDirectory("a/"), Throws.InvalidOperationException);
            Assert.That(() => writer.Finish(), Throws.InvalidOperationException);
        }
    }

    [Test]
    public void SameInput_SameBytes_AndTheTimestampIsTheOnlyTime()
    {
        static void Build(TarWriter w)
        {
            w.AddDirectory("www/");
            w.AddFile("www/a.js", Encoding.UTF8.GetBytes("let a = 1;"));
        }

        var first = Tar(Build);
        var second = Tar(Build);
        var later = Tar(Build, Timestamp.AddSeconds(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(later, Is.Not.EqualTo(first));
            Assert.That(TarHeaderFields.ReadAll(first).Select(h => h.Mtime), Is.All.EqualTo(TimestampSeconds));
        }
    }

    [Test]
    public void DotNetsTarReader_ReadsOurTar()
    {
        var content = Encoding.UTF8.GetBytes("<!doctype html>");
        var tar = Tar(w =>
        {
            w.AddFile("hpmfile.json", Encoding.UTF8.GetBytes("{}"));
            w.AddDirectory("www/");
            w.AddFile("www/index.html", content);
        });

        using var reader = new Formats.TarReader(new MemoryStream(tar));
        var entries = new List<Formats.TarEntry>();
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add(entry);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries.Select(e => e.Name), Is.EqualTo(new[] { "hpmfile.json", "www/", "www/index.html" }));
            Assert.That(entries.Select(e => e.Format), Is.All.EqualTo(Formats.TarEntryFormat.Gnu));
            Assert.That(entries.Select(e => e.EntryType), Is.EqualTo(new[] { Formats.TarEntryType.RegularFile, Formats.TarEntryType.Directory, Formats.TarEntryType.RegularFile }));
            Assert.That(entries.Select(e => (int)e.Mode), Is.EqualTo(new[] { 420, 493, 420 }), "0644, 0755, 0644");
            Assert.That(entries.Select(e => (e.Uid, e.Gid)), Is.All.EqualTo((500, 500)));
            Assert.That(entries.Cast<Formats.PosixTarEntry>().Select(e => (e.UserName, e.GroupName)), Is.All.EqualTo(("admin", "admin")));
            Assert.That(entries.Select(e => e.ModificationTime), Is.All.EqualTo(new DateTimeOffset(Timestamp)));
            using var data = new MemoryStream();
            entries[2].DataStream!.CopyTo(data);
            Assert.That(data.ToArray(), Is.EqualTo(content));
        }
    }
}
