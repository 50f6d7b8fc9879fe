using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// The README's "Use it in your project" commands, taken from its code blocks and run exactly as written, in a
/// copy of the repository, with HOME in a folder of this test: the user-level NuGet source, the templates and the
/// global tool they install stay there, and ~ in the commands means that folder.
/// </summary>
// Among the first to start: the longest tests, and they do not wait for this run's pack of the SDK.
[Order(1)]
public class ReadmeTests
{
    private static readonly Regex InstallCommand = new(@"^\s*dotnet (pack|tool install|new install|nuget add source)\b");

    [Test]
    public void UseItInYourProjectCommandsRunAsWrittenFromAFreshCopy()
    {
        var blocks = ShellBlocks(Section(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), "## Use it in your project"));
        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(2), "the feed block and the project block");
        var feedCommands = Commands(blocks[0]);
        var projectCommands = Commands(blocks[1]);
        var everyInstall = ShellBlocks(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).SelectMany(Commands).Where(c => InstallCommand.IsMatch(c));
        Assert.That(everyInstall, Is.SubsetOf(feedCommands), "every install command of the README is in the block this test runs");
        Assert.That(feedCommands.Select(c => InstallCommand.Match(c).Groups[1].Value), Is.SupersetOf(new[] { "pack", "nuget add source", "new install", "tool install" }));

        var root = Path.Combine(SdkPackage.RunDirectory, "readme");
        var home = Path.Combine(root, "home");
        var clone = Path.Combine(root, "clone");
        var work = Path.Combine(root, "work");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(work);
        CopyRepository(clone);
        // Shield the new project from any Directory.Build.* above the temp folder.
        File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project />");

        // Packing restores the test projects too: they come from the machine's package cache. Everything after it
        // restores into a folder of this test, so the 1.0.0 packages it packed never meet an older copy.
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var testPackages = Path.Combine(root, "packages");

        foreach (var command in feedCommands)
        {
            var result = Shell(command, clone, home, command.StartsWith("dotnet pack") ? machinePackages : testPackages);
            Assert.That(result.ExitCode, Is.Zero, $"{command}\n{result}");
            if (command.StartsWith("dotnet pack"))
            {
                Assert.That(result.Output, Does.Not.Match(@"(?im)(:\s*warning\b|^\s*warn\s*:)"), "packing the solution prints no warning");
            }
        }

        foreach (var command in projectCommands)
        {
            var result = Shell(command, work, home, testPackages);
            Assert.That(result.ExitCode, Is.Zero, $"{command}\n{result}");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                Directory.EnumerateFiles(Path.Combine(home, "offlinepackage-feed")).Select(Path.GetFileName),
                Is.EquivalentTo(new[] { "OfflinePackage.Sdk.1.0.0.nupkg", "OfflinePackage.Verify.1.0.0.nupkg", "OfflinePackage.Tool.1.0.0.nupkg", "OfflinePackage.Templates.1.0.0.nupkg" }));

            var tool = Shell("~/.dotnet/tools/offlinepackage-verify --help", work, home, testPackages);
            Assert.That(tool.ExitCode, Is.Zero, tool.ToString());
            Assert.That(tool.Output, Does.Contain("--public-key"));

            var templates = Shell("dotnet new list offlinepackage", work, home, testPackages);
            Assert.That(templates.Output, Does.Contain("offlinepackage-global").And.Contain("offlinepackage-preset"), templates.ToString());

            using var zip = ZipFile.OpenRead(Path.Combine(work, "web", "bin", "Debug", "net10.0", "20171228_1.0.0.0.zip"));
            Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("20171228/www/index.html"));
        }
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = markdown.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static List<string> ShellBlocks(string markdown) =>
        Regex.Matches(markdown.Replace("\r\n", "\n"), @"^```sh\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    private static List<string> Commands(string block) =>
        block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>A README line as a user's shell runs it (comments, ~ and quotes included).</summary>
    private static ProcessResult Shell(string command, string directory, string home, string packages)
    {
        var watch = Stopwatch.StartNew();
        var result = ProcessRunner.Run(
            "bash",
            ["-c", command],
            directory,
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home, ["NUGET_PACKAGES"] = packages });
        TestContext.Progress.WriteLine($"{watch.Elapsed.TotalSeconds,6:F1} s  {command}");
        return result;
    }

    /// <summary>What a clone holds: the tracked and not-ignored files of the checkout (no bin/, obj/, node_modules/).</summary>
    private static void CopyRepository(string target)
    {
        var listed = ProcessRunner.Run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], RepoPaths.Root);
        Assert.That(listed.ExitCode, Is.Zero, listed.ToString());
        foreach (var file in listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('\n', '\r')).Where(f => f.Length > 0))
        {
            var source = Path.Combine(RepoPaths.Root, file);
            if (File.Exists(source))
            {
                var destination = Path.Combine(target, file);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination);
            }
        }
    }
}
