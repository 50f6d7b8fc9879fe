using OfflinePackage.Diagnostics;
using OfflinePackage.DocGen;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Docs;

/// <summary>The docs' tables of codes and the pages' headings and severities are build/docgen's output from the catalogue.</summary>
public class GeneratedDocsTests
{
    [Test]
    public void TheCommittedDocs_AreTheGeneratorsOutput()
    {
        var stale = DiagnosticDocs.Generate(RepoPaths.Root)
            .Where(file => File.ReadAllText(RepoPaths.Combine(file.RelativePath.Split('/'))).Replace("\r\n", "\n") != file.Content)
            .Select(file => file.RelativePath);

        Assert.That(stale, Is.Empty, $"stale generated docs: run `{DiagnosticDocs.Command}` and commit the result");
    }

    [Test]
    public void TheGenerator_CoversTheIndexTheRenderPageAndEveryCodesPage()
    {
        var paths = DiagnosticDocs.Generate(RepoPaths.Root).Select(f => f.RelativePath).ToList();

        Assert.That(
            paths,
            Is.EquivalentTo(DiagnosticCatalog.All.Select(d => $"docs/errors/{d.Code}.md").Append("docs/errors/README.md").Append("docs/render.md")));
    }

    [Test]
    public void TheGenerator_RewritesTablesHeadingsAndSeverities_AndKeepsTheRest()
    {
        using var repo = new TempDirectory();
        repo.CreateFile("docs/guide.md", "Intro.\n\n<!-- generated: table of codes OPK800 (say so) -->\n| old |\n<!-- end of generated table -->\n\nAfter.\n");
        repo.CreateFile("docs/errors/OPK8001.md", "# OPK8001: an old title\n\n**Severity:** Warning (only here)  \nText.\n");

        var files = DiagnosticDocs.Generate(repo.Root).ToDictionary(f => f.RelativePath, f => f.Content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(files.Keys, Is.EquivalentTo(new[] { "docs/guide.md", "docs/errors/OPK8001.md" }));
            Assert.That(files["docs/guide.md"], Does.StartWith("Intro.\n\n<!-- generated: table of codes OPK800 (say so) -->\n| Code | Severity | Title |\n| --- | --- | --- |\n| [OPK8001](errors/OPK8001.md) | Error | The rendered page shows nothing |\n| [OPK8002](errors/OPK8002.md) | Warning |"));
            Assert.That(files["docs/guide.md"], Does.EndWith("| [OPK8008](errors/OPK8008.md) | Error | The package could not be rendered |\n<!-- end of generated table -->\n\nAfter.\n"));
            Assert.That(files["docs/errors/OPK8001.md"], Is.EqualTo("# OPK8001: The rendered page shows nothing\n\n**Severity:** Error (only here)  \nText.\n"));
        }
    }
}
