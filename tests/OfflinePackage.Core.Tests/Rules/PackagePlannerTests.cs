using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class PackagePlannerTests
{
    [Test]
    public void Plan_ReportsEveryDistinctProblemInOneRun()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        var first = temp.CreateFile("a/x.js");
        var second = temp.CreateFile("b/x.js");
        var options = new PackageOptions("123");
        var resources = new[]
        {
            new ResourceSpec("a", temp.Combine("a"), project),
            new ResourceSpec("b", temp.Combine("b"), project),
            new ResourceSpec("missing", temp.Combine("missing"), project),
        };

        var plan = PackagePlanner.Plan(options, resources);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.HasErrors, Is.True);
            Assert.That(plan.Diagnostics.Select(d => d.Code), Is.SupersetOf(new[] { "OPK1001", "OPK2002", "OPK2003" }));
            Assert.That(
                plan.Diagnostics.Single(d => d.Code == "OPK2003").Message,
                Does.Contain(first).And.Contain(second));
        }
    }

    [Test]
    public void Plan_OfAGoodPackage_HasNoDiagnosticsAndSortedFiles()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        temp.CreateFile("dist/index.html");
        temp.CreateFile("dist/b.js");
        temp.CreateFile("dist/a/c.js");
        temp.CreateFile("dist/a-b.js");

        var plan = PackagePlanner.Plan(
            new PackageOptions("20171228"),
            new[] { new ResourceSpec("dist", temp.Combine("dist"), project) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.HasErrors, Is.False);
            Assert.That(plan.Diagnostics, Is.Empty);
            Assert.That(
                plan.Model.Files.Select(f => f.TargetPath),
                Is.EqualTo(new[] { "www/a-b.js", "www/a/c.js", "www/b.js", "www/index.html" }));
        }
    }

    [Test]
    public void Plan_WithOnlyInfoDiagnostics_HasNoErrors()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        temp.CreateFile("dist/index.html");
        temp.CreateFile("dist/.DS_Store");

        var plan = PackagePlanner.Plan(
            new PackageOptions("20171228"),
            new[] { new ResourceSpec("dist", temp.Combine("dist"), project) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Diagnostics.Select(d => d.Severity), Is.EqualTo(new[] { Severity.Info }));
            Assert.That(plan.HasErrors, Is.False);
        }
    }

    [Test]
    public void Plan_OfAnEmptyPackage_ReportsTheEmptinessOnce()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        temp.CreateFolder("dist");

        var plan = PackagePlanner.Plan(
            new PackageOptions("20171228"),
            new[] { new ResourceSpec("dist", temp.Combine("dist"), project) });

        using (Assert.EnterMultipleScope())
        {
            var errors = plan.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.That(errors.Select(d => d.Code), Is.EqualTo(new[] { "OPK2001" }));
            Assert.That(errors[0].Message, Does.Contain("'dist'"));
            Assert.That(plan.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.Code), Is.EqualTo(new[] { "OPK2014" }));
        }
    }

    [Test]
    public void Plan_OnlyAMissingResource_ReportsItOnce_NotAlsoAsAnEmptyPackage()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");

        var plan = PackagePlanner.Plan(
            new PackageOptions("20171228"),
            new[] { new ResourceSpec("dist", temp.Combine("dist"), project) });

        Assert.That(plan.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "OPK2002" }));
    }

    [Test]
    public void Plan_FileAndFolderOnTheSamePath_IsAnError()
    {
        using var temp = new TempDirectory();
        var project = temp.Combine("app.csproj");
        temp.CreateFile("dist/index.html");
        temp.CreateFile("dist/app/x.js");
        var file = temp.CreateFile("extra/app");

        var plan = PackagePlanner.Plan(
            new PackageOptions("20171228"),
            new[]
            {
                new ResourceSpec("dist", temp.Combine("dist"), project),
                new ResourceSpec("extra/app", file, project) { TargetPath = "www/app" },
            });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.HasErrors, Is.True);
            Assert.That(plan.Diagnostics.Select(d => d.Code), Does.Contain("OPK2003"));
        }
    }
}
