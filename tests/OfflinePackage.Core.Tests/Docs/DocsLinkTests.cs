using System.Text.RegularExpressions;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Docs;

/// <summary>The README stays a short entry point, and every relative link in it and in docs/ (with its #anchor) leads somewhere.</summary>
public class DocsLinkTests
{
    private static IEnumerable<string> MarkdownFiles() =>
        new[] { RepoPaths.Combine("README.md") }
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("src"), "README.md", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'));

    [Test]
    public void ReadmeIsAtMost250Lines()
    {
        Assert.That(File.ReadAllLines(RepoPaths.Combine("README.md")), Has.Length.LessThanOrEqualTo(250));
    }

    [TestCaseSource(nameof(MarkdownFiles))]
    public void EveryRelativeLinkAndAnchorResolves(string file)
    {
        var path = RepoPaths.Combine(file);
        var text = StripCode(File.ReadAllText(path));
        var broken = new List<string>();
        foreach (Match link in Regex.Matches(text, @"\]\(([^)\s]+)\)"))
        {
            var target = link.Groups[1].Value;
            if (Regex.IsMatch(target, "^[a-z]+:", RegexOptions.IgnoreCase))
            {
                continue;
            }

            var hash = target.IndexOf('#');
            var fileTarget = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = fileTarget.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, fileTarget));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add(target);
            }
            else if (anchor != null && !Anchors(resolved).Contains(anchor))
            {
                broken.Add(target + " (no such heading)");
            }
        }

        Assert.That(broken, Is.Empty, file);
    }

    /// <summary>The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string markdownFile) =>
        StripCode(File.ReadAllText(markdownFile)).Split('\n')
            .Where(line => line.StartsWith('#'))
            .Select(line => Regex.Replace(line.TrimStart('#').Trim().ToLowerInvariant(), @"[^a-z0-9 _-]", "").Replace(' ', '-'))
            .ToHashSet();

    /// <summary>Fenced code blocks hold no links or headings (a shell comment starts with '#').</summary>
    private static string StripCode(string markdown) => Regex.Replace(markdown.Replace("\r\n", "\n"), @"^```.*?^```", "", RegexOptions.Multiline | RegexOptions.Singleline);
}
