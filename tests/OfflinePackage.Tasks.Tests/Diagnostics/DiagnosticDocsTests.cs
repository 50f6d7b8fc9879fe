using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>Every code in the catalogue has its page, its row in README's table and in the docs index; no page is orphaned.</summary>
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

    [TestCaseSource(nameof(Codes))]
    public void CodeHasItsRowInReadmeAndTheDocsIndex(DiagnosticDescriptor descriptor)
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        var index = File.ReadAllText(Path.Combine(RepoRoot, "docs", "errors", "README.md"));

        Assert.That(readme, Does.Contain($"| [{descriptor.Code}](docs/errors/{descriptor.Code}.md) |"));
        Assert.That(index, Does.Contain($"[{descriptor.Code}]({descriptor.Code}.md)"));
    }

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
