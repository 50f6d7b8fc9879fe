using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

public class AtomicFileTests
{
    private static Action<FileStream> Writes(string text) => stream =>
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    };

    [Test]
    public void Write_NewFile_CreatesTheFolderAndTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("bin/Debug/pkg.zip");

        AtomicFile.Write(path, Writes("content"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("content"));
            Assert.That(temp.FileNamesIn("bin/Debug"), Is.EqualTo(new[] { "pkg.zip" }));
        }
    }

    [Test]
    public void Write_ExistingFile_IsReplacedWhole()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("out/pkg.zip", "old content that is much longer than the new one");

        AtomicFile.Write(path, Writes("new"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
            Assert.That(temp.FileNamesIn("out"), Is.EqualTo(new[] { "pkg.zip" }));
        }
    }

    [Test]
    public void Write_CallbackThrows_LeavesTheOldFileIntactAndNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("out/pkg.zip", "old");
        var failure = new InvalidOperationException("boom");

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            Writes("half-written new content")(stream);
            throw failure;
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            Assert.That(temp.FileNamesIn("out"), Is.EqualTo(new[] { "pkg.zip" }));
        }
    }

    [Test]
    public void Write_CallbackThrows_WithNoOldFile_LeavesNothing()
    {
        using var temp = new TempDirectory();
        temp.CreateFolder("out");
        var path = temp.Combine("out/pkg.zip");

        Assert.That(() => AtomicFile.Write(path, _ => throw new IOException("disk full")), Throws.InstanceOf<IOException>());
        Assert.That(temp.FileNamesIn("out"), Is.Empty);
    }

    [Test]
    public void Write_CallbackGetsAnEmptyWritableStream()
    {
        using var temp = new TempDirectory();
        var path = temp.CreateFile("out/pkg.zip", "old");
        long length = -1;
        var canWrite = false;

        AtomicFile.Write(path, stream =>
        {
            length = stream.Length;
            canWrite = stream.CanWrite;
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(length, Is.Zero);
            Assert.That(canWrite, Is.True);
            Assert.That(File.ReadAllBytes(path), Is.Empty);
        }
    }
}
