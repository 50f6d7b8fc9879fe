using System.Diagnostics;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Archives;

/// <summary>
/// Issue 15: every file the tools read is a regular file (a link is followed only to one) and is read up to a limit
/// enforced while reading, not taken from the length the file system reports (0 for /dev/zero). Before, a key or an
/// h5_json.json linked to /dev/zero was read until the process aborted with "Out of memory.".
/// </summary>
[Platform(Exclude = "Win")]
public class BoundedReadTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static string KeyError(string path) => TimeGuard.Run(() =>
    {
        try
        {
            RsaKeys.LoadPublicKeyFile(path);
            return "loaded";
        }
        catch (RsaKeyException e)
        {
            return e.Error.ToString();
        }
    });

    private string Fifo(string name)
    {
        var path = _temp.Combine(name);
        using var mkfifo = Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
        return path;
    }

    [Test]
    public void KeyFileThatIsADevice_IsNotRead()
    {
        Assert.That(KeyError("/dev/zero"), Is.EqualTo("FileNotRegular"));
    }

    [Test]
    public void KeyFileLinkedToADevice_IsNotRead()
    {
        var link = _temp.Combine("key.pem");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.That(KeyError(link), Is.EqualTo("FileNotRegular"));
    }

    [Test]
    public void KeyFileThatIsAFifo_IsNotWaitedFor()
    {
        Assert.That(KeyError(Fifo("key.pem")), Is.EqualTo("FileNotRegular"));
    }

    [Test]
    public void KeyFileOverTheLimit_IsNotRead()
    {
        var path = _temp.Combine("key.pem");
        using (var file = File.Create(path))
        {
            file.SetLength(RsaKeys.MaxKeyFileBytes + 1);
        }

        Assert.That(KeyError(path), Is.EqualTo("FileTooLarge"));
    }

    [Test]
    public void KeyFileLinkedToARegularFile_IsRead()
    {
        var link = _temp.Combine("key.pem");
        File.CreateSymbolicLink(link, _temp.CreateFile("public.pem", TestKeys.Key2048.PublicKey.ToPem()));

        Assert.That(KeyError(link), Is.EqualTo("loaded"));
    }

    [Test]
    public void H5JsonLinkedToADevice_IsUnreadable()
    {
        var link = _temp.Combine("h5_json.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = TimeGuard.Run(() => H5JsonDocument.Load(link));

        Assert.That(result.Diagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { DiagnosticCatalog.H5JsonUnreadable }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("not a regular file"));
    }

    [Test]
    public void H5JsonOverTheLimit_IsUnreadable_WithoutBeingRead()
    {
        var path = _temp.Combine("h5_json.json");
        using (var file = File.Create(path))
        {
            file.SetLength(200L * 1024 * 1024);
        }

        var result = TimeGuard.Run(() => H5JsonDocument.Load(path));

        Assert.That(result.Diagnostics.Select(d => d.Descriptor), Is.EqualTo(new[] { DiagnosticCatalog.H5JsonUnreadable }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("larger than"));
    }

    [Test]
    public void AmrThatIsAFifo_IsFileUnreadable()
    {
        var fifo = Fifo("12345678_1.0.0.0.amr");

        var result = TimeGuard.Run(() => AmrVerifier.Verify(fifo));

        Assert.That(result.Details().Select(f => f.Kind), Is.EqualTo(new[] { AmrFindingKind.FileUnreadable }));
        Assert.That(result.Details()[0].Text, Does.Contain("not a regular file"));
    }

    [Test]
    public void AmrLinkedToADevice_IsFileUnreadable()
    {
        var link = _temp.Combine("12345678_1.0.0.0.amr");
        File.CreateSymbolicLink(link, "/dev/zero");

        var result = TimeGuard.Run(() => AmrVerifier.Verify(link));

        Assert.That(result.Details().Select(f => f.Kind), Is.EqualTo(new[] { AmrFindingKind.FileUnreadable }));
    }
}
