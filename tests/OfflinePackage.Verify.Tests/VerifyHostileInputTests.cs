using System.Diagnostics;
using OfflinePackage.Tests.Support;
using OfflinePackage.Verify.Tests.Support;

namespace OfflinePackage.Verify.Tests;

/// <summary>
/// Issue 15: files the tool must refuse to read rather than read until memory runs out (it aborted with "Out of
/// memory.", exit 134) or wait forever: devices, FIFOs, and links to them. Exit 1 or 2 with a message, always.
/// </summary>
[Platform(Exclude = "Win")]
public class VerifyHostileInputTests
{
    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }

    [RequiresMpaasDemo]
    [Test]
    public void PublicKeyThatIsADevice_IsAUsageErrorWithAMessage()
    {
        var result = VerifyTool.Run("--public-key", "/dev/zero", DemoPackages.PathOf(DemoPackages.Normal));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StandardError, Does.Contain("OPK5004").And.Contain("not a regular file"), result.ToString());
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolderWhoseH5JsonLinksToADevice_FailsWithAMessage()
    {
        using var folder = new TempDirectory();
        File.Copy(DemoPackages.PathOf(DemoPackages.Normal), folder.Combine(DemoPackages.Normal));
        File.CreateSymbolicLink(folder.Combine("h5_json.json"), "/dev/zero");

        var result = VerifyTool.Run(folder.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("h5_json.json").And.Contain("not a regular file"), result.ToString());
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolderWithAHugeH5Json_FailsWithAMessage_WithoutReadingIt()
    {
        using var folder = new TempDirectory();
        File.Copy(DemoPackages.PathOf(DemoPackages.Normal), folder.Combine(DemoPackages.Normal));
        using (var h5Json = File.Create(folder.Combine("h5_json.json")))
        {
            h5Json.SetLength(200L * 1024 * 1024);
        }

        var result = VerifyTool.Run(folder.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("h5_json.json").And.Contain("larger than"), result.ToString());
    }

    [Test]
    public void AmrThatIsAFifo_FailsWithAMessage_WithoutWaitingForAWriter()
    {
        using var folder = new TempDirectory();
        var fifo = folder.Combine("12345678_1.0.0.0.amr");
        MakeFifo(fifo);

        var result = VerifyTool.Run(fifo);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StandardOutput, Does.Contain("FileUnreadable").And.Contain("not a regular file"), result.ToString());
    }

    [RequiresMpaasDemo]
    [Test]
    public void AmrLinkedToARegularFile_IsFollowed()
    {
        using var folder = new TempDirectory();
        var link = folder.Combine(DemoPackages.Normal);
        File.CreateSymbolicLink(link, DemoPackages.PathOf(DemoPackages.Normal));

        var result = VerifyTool.Run("--public-key", DemoPackages.PathOf(DemoPackages.PublicKeyFile), link);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }
}
