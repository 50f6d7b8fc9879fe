using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>Every code in the catalogue has its page and its row in the docs index (the table of codes); no page or row is orphaned.</summary>
public class DiagnosticDocsTests
{
    private static readonly string RepoRoot = RepoPaths.Root;

    private static IEnumerable<DiagnosticDescriptor> Codes() => DiagnosticCatalog.All;

    [TestCaseSource(nameof(Codes))]
    public void CodeHasItsPageWithTheCatalogueTitle(DiagnosticDescriptor descriptor)
    {
        var page = Path.Combine(RepoRoot, "docs", "errors", descriptor.Code + ".md");

        Assert.That(File.Exists(page), Is.True, page);
        Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {descriptor.Code}: {descriptor.Title}"));
    }

    /// <summary>The table of codes is docs/errors/README.md (the README links to it): one row per code, linking its page, with its severity.</summary>
    [TestCaseSource(nameof(Codes))]
    public void CodeHasOneRowWithItsPageAndSeverityInTheDocsIndex(DiagnosticDescriptor descriptor)
    {
        var rows = IndexRows().Where(r => r.Code == descriptor.Code).ToList();
        var severity = descriptor.Severity switch
        {
            Severity.Error => "Error",
            Severity.Warning => "Warning",
            _ => "Message (low importance)",
        };

        Assert.That(rows, Has.Count.EqualTo(1), $"rows for {descriptor.Code} in docs/errors/README.md");
        Assert.That(rows[0].Page, Is.EqualTo(descriptor.Code + ".md"));
        Assert.That(rows[0].Severity, Is.EqualTo(severity));
        Assert.That(File.Exists(Path.Combine(RepoRoot, "docs", "errors", rows[0].Page)), Is.True);
    }

    [Test]
    public void EveryRowOfTheDocsIndexIsACode()
    {
        Assert.That(IndexRows().Select(r => r.Code), Is.EquivalentTo(DiagnosticCatalog.All.Select(d => d.Code)));
    }

    private static IEnumerable<(string Code, string Page, string Severity)> IndexRows() =>
        File.ReadLines(Path.Combine(RepoRoot, "docs", "errors", "README.md"))
            .Select(line => Regex.Match(line, @"^\| \[(OPK\d{4})\]\(([^)]*)\) \| ([^|]+?) \|"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));

    /// <summary>The page quotes the message as the build prints it (values filled in), so a reworded message cannot leave its page behind.</summary>
    [TestCaseSource(nameof(Codes))]
    public void PageQuotesTheMessage(DiagnosticDescriptor descriptor)
    {
        var page = File.ReadAllText(Path.Combine(RepoRoot, "docs", "errors", descriptor.Code + ".md"));
        var pattern = Regex.Replace(Regex.Escape(descriptor.MessageFormat), @"\\\{\d+(:[^}]*)?}", ".+?");

        Assert.That(Regex.IsMatch(page, pattern, RegexOptions.Singleline), Is.True, $"docs/errors/{descriptor.Code}.md does not quote: {descriptor.MessageFormat}");
    }

    [Test]
    public void EveryPageBelongsToACode()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepoRoot, "docs", "errors"), "OPK*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.That(pages, Is.EquivalentTo(DiagnosticCatalog.All.Select(d => d.Code)));
    }
}
