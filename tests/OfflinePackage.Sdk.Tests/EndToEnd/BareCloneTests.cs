using System.Text.RegularExpressions;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// A `git clone` with nothing beside it (no ../shared with Alibaba's demo packages) runs the tests: those that
/// need the demo packages are skipped with the reason, every other one passes. The verifier's tests are the
/// proof, because most of them read demo .amr files. The clone holds what is committed, not uncommitted edits.
/// </summary>
// Among the first to start: the longest tests, and they do not wait for this run's pack of the SDK.
[Order(1)]
public class BareCloneTests
{
    [Test]
    public void VerifierTestsOfABareClonePassAndSkipWhatNeedsTheDemoPackages()
    {
        var folder = Path.Combine(SdkPackage.RunDirectory, "bare-clone", Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        var clone = ProcessRunner.Run("git", ["clone", "--quiet", RepoPaths.Root, "OfflinePackage.Sdk"], folder);
        Assert.That(clone.ExitCode, Is.Zero, clone.ToString());
        Assert.That(Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "OfflinePackage.Sdk" }), "nothing beside the clone");

        var result = ProcessRunner.Run(
            "dotnet",
            ["test", "tests/OfflinePackage.Verify.Tests", "--disable-build-servers"],
            Path.Combine(folder, "OfflinePackage.Sdk"),
            TimeSpan.FromMinutes(20),
            new Dictionary<string, string> { ["OFFLINEPACKAGE_MPAAS_DEMO"] = string.Empty });

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var summary = Regex.Match(result.Output, @"Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+)");
        Assert.That(summary.Success, Is.True, result.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(int.Parse(summary.Groups[1].Value), Is.Zero);
            Assert.That(int.Parse(summary.Groups[2].Value), Is.Positive, "the tests that need no demo package run");
            Assert.That(int.Parse(summary.Groups[3].Value), Is.Positive, "the tests that need them are skipped");
            Assert.That(result.Output, Does.Contain("Tests marked [RequiresMpaasDemo] are skipped: ").And.Contain("mpaas-demo/android-nebula").And.Contain("tests/mpaas-demo.md"));
        }
    }
}
