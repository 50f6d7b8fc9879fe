using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class FileUpdateTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public void SameContentIsNotWrittenAgain()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("h5_json.json", "abc");
        File.SetLastWriteTimeUtc(path, LongAgo);

        var written = FileUpdate.WriteIfChanged(path, "abc"u8.ToArray());

        Assert.That(written, Is.False);
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(LongAgo));
    }

    [TestCase("abd")]
    [TestCase("abcd")]
    [TestCase("")]
    public void OtherContentReplacesTheFile(string content)
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("h5_json.json", "abc");

        var written = FileUpdate.WriteIfChanged(path, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.That(written, Is.True);
        Assert.That(File.ReadAllText(path), Is.EqualTo(content));
    }

    [Test]
    public void CopyComparesBeyondTheFirstBuffer()
    {
        using var temp = new TempDirectory();
        var data = new byte[200_000];
        new Random(7).NextBytes(data);
        var source = temp.CreateFile("a.amr", data);
        var changed = (byte[])data.Clone();
        changed[^1] ^= 1;
        var target = temp.CreateFile("out/a.amr", changed);
        var same = temp.CreateFile("same/a.amr", data);
        File.SetLastWriteTimeUtc(same, LongAgo);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(FileUpdate.CopyIfChanged(source, target), Is.True);
            Assert.That(File.ReadAllBytes(target), Is.EqualTo(data));
            Assert.That(FileUpdate.CopyIfChanged(source, same), Is.False);
            Assert.That(File.GetLastWriteTimeUtc(same), Is.EqualTo(LongAgo));
            Assert.That(FileUpdate.CopyIfChanged(source, temp.Combine("new/a.amr")), Is.True);
        }
    }
}
