using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class NoResourcesRuleTests
{
    [Test]
    public void PackageWithFiles_IsFine()
    {
        Assert.That(new NoResourcesRule().Check(Models.WithTargets(Models.Options(), "www/index.html")), Is.Empty);
    }

    [Test]
    public void EmptyPackage_ReportsOPK2001AtTheProjectFile()
    {
        var model = new PackageModel(Models.Options(), Array.Empty<PackageFile>());

        var diagnostics = new NoResourcesRule().Check(model).ToList();

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostics[0].Code, Is.EqualTo("OPK2001"));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostics[0].Subject.Kind, Is.EqualTo(SubjectKind.Project));
            Assert.That(TaskDiagnostics.Locate(diagnostics[0].Subject, "/p/app.csproj"), Is.EqualTo(new Subject("/p/app.csproj")));
        }
    }

    [Test]
    public void EmptyPackage_NamesTheListedFoldersThatWereEmpty()
    {
        var withHint = new PackageModel(Models.Options(), Array.Empty<PackageFile>(), new[] { "frontend/build", "public/static" });
        var withoutHint = new PackageModel(Models.Options(), Array.Empty<PackageFile>());

        var hinted = new NoResourcesRule().Check(withHint).Single().Message;
        var plain = new NoResourcesRule().Check(withoutHint).Single().Message;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hinted, Does.Contain("'frontend/build'").And.Contain("'public/static'"));
            Assert.That(plain, Does.Not.Contain("frontend/build").And.Not.Contain("public/static"));
            Assert.That(hinted, Is.Not.EqualTo(plain));
        }
    }

    [Test]
    public void EmptyPackage_WhoseResourcesWereRejected_IsNotReportedAgain()
    {
        // The resolver already reported why each listed resource was rejected; "no files" would only repeat that.
        var model = new PackageModel(Models.Options(), Array.Empty<PackageFile>(), rejectedResources: 1);

        Assert.That(new NoResourcesRule().Check(model), Is.Empty);
    }
}
