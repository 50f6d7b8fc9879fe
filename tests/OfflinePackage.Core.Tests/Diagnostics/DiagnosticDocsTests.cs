using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>Every code in the catalogue has its page, which quotes its message; no page is orphaned. (Headings and tables: GeneratedDocsTests.)</summary>
public class DiagnosticDocsTests
{
    private static readonly string RepoRoot = RepoPaths.Root;

    private static IEnumerable<DiagnosticDescriptor> Codes() => DiagnosticCatalog.All;

    /// <summary>The page quotes the message as the build prints it (values filled in), so a reworded message cannot leave its page behind.</summary>
    [TestCaseSource(nameof(Codes))]
    public void PageQuotesTheMessage(DiagnosticDescriptor descriptor)
    {
        var page = File.ReadAllText(Path.Combine(RepoRoot, "docs", "errors", descriptor.Code + ".md"));
        var pattern = Regex.Replace(Regex.Escape(descriptor.MessageFormat), @"\\\{\d+(:[^}]*)?}", ".+?");

        Assert.That(Regex.IsMatch(page, pattern, RegexOptions.Singleline), Is.True, $"docs/errors/{descriptor.Code}.md does not quote: {descriptor.MessageFormat}");
    }

    [Test]
    public void ThePages_AreExactlyTheCodes()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepoRoot, "docs", "errors"), "OPK*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.That(pages, Is.EquivalentTo(DiagnosticCatalog.All.Select(d => d.Code)));
    }
}
