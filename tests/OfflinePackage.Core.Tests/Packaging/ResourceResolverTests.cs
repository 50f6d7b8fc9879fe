using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Packaging;

public class ResourceResolverTests
{
    private static Dictionary<string, string> TargetsToSources(ResourceResolver resolver) =>
        resolver.Files.ToDictionary(f => f.TargetPath, f => f.SourcePath, StringComparer.Ordinal);

    private static string Project(TempDirectory temp) => temp.Combine("app.csproj");

    [Test]
    public void Folder_MapsEveryFileBelowWww_KeepingTheRelativePath()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var app = temp.CreateFile("dist/assets/app.js");
        var logo = temp.CreateFile("dist/assets/img/logo.png");
        var spec = new ResourceSpec("dist", temp.Combine("dist"), Project(temp));
        var resolver = new ResourceResolver();

        resolver.Add(spec);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["www/index.html"] = index,
                ["www/assets/app.js"] = app,
                ["www/assets/img/logo.png"] = logo,
            }));
            Assert.That(resolver.Files.Select(f => f.Origin), Is.All.SameAs(spec));
            Assert.That(resolver.Diagnostics, Is.Empty);
            Assert.That(resolver.EmptyFolders, Is.Empty);
        }
    }

    [Test]
    public void Folder_GivenWithATrailingSeparator_MapsTheSameWay()
    {
        // MSBuild's FullPath of Include="dist/" keeps the trailing slash.
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var app = temp.CreateFile("dist/js/app.js");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist/", temp.Combine("dist") + Path.DirectorySeparatorChar, Project(temp)));

        Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["www/index.html"] = index,
            ["www/js/app.js"] = app,
        }));
    }

    [TestCase("static", "static/")]
    [TestCase("static/", "static/")]
    [TestCase("./static", "static/")]
    [TestCase(@"static\sub", "static/sub/")]
    [TestCase(".", "")]
    [TestCase("./", "")]
    public void Folder_WithTargetPath_LandsBelowThatFolder(string targetPath, string expectedPrefix)
    {
        using var temp = new TempDirectory();
        temp.CreateFile("public/a.css");
        temp.CreateFile("public/fonts/b.woff");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("public", temp.Combine("public"), Project(temp)) { TargetPath = targetPath });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                resolver.Files.Select(f => f.TargetPath),
                Is.EquivalentTo(new[] { expectedPrefix + "a.css", expectedPrefix + "fonts/b.woff" }));
            Assert.That(resolver.Diagnostics, Is.Empty);
        }
    }

    [Test]
    public void SingleFile_LandsInWwwUnderItsName()
    {
        using var temp = new TempDirectory();
        var file = temp.CreateFile("build/deep/index.html");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("build/deep/index.html", file, Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string> { ["www/index.html"] = file }));
            Assert.That(resolver.Diagnostics, Is.Empty);
        }
    }

    [TestCase("a/b/")]
    [TestCase(@"a\b\")]
    public void FileFromAGlob_KeepsItsRecursiveDir(string recursiveDir)
    {
        using var temp = new TempDirectory();
        var file = temp.CreateFile("dist/a/b/page.html");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist/a/b/page.html", file, Project(temp)) { RecursiveDir = recursiveDir });

        Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string> { ["www/a/b/page.html"] = file }));
    }

    [TestCase("js/main.js", "js/main.js")]
    [TestCase(@"js\main.js", "js/main.js")]
    [TestCase("./www/renamed.js", "www/renamed.js")]
    [TestCase("root.js", "root.js")]
    public void File_WithExplicitTargetPath_LandsExactlyThere(string targetPath, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.CreateFile("src/app.js");
        var resolver = new ResourceResolver();

        // An explicit TargetPath wins over the RecursiveDir of a glob.
        resolver.Add(new ResourceSpec("src/app.js", file, Project(temp)) { TargetPath = targetPath, RecursiveDir = "ignored/" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string> { [expected] = file }));
            Assert.That(resolver.Diagnostics, Is.Empty);
        }
    }

    [Test]
    public void MissingResource_ReportsOPK2002AtTheDefiningProject()
    {
        using var temp = new TempDirectory();
        var project = Project(temp);
        var missing = temp.Combine("dist");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", missing, project));

        Assert.That(resolver.Diagnostics, Has.Count.EqualTo(1));
        var diagnostic = resolver.Diagnostics[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK2002"));
            Assert.That(diagnostic.Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostic.Subject.File, Is.EqualTo(project));
            Assert.That(diagnostic.Subject.Line, Is.Zero);
            Assert.That(diagnostic.Message, Does.Contain("'dist'").And.Contain(missing));
            Assert.That(resolver.Files, Is.Empty);
            Assert.That(resolver.EmptyFolders, Is.Empty);
        }
    }

    [Test]
    public void MissingResource_WithNoSimilarSibling_HasNoCaseHint()
    {
        using var temp = new TempDirectory();
        temp.CreateFolder("Other");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));

        Assert.That(resolver.Diagnostics.Single().Message, Does.Not.Contain("Other"));
    }

    [Test]
    public void MissingFolder_WithADifferentlyCasedSibling_NamesTheSibling()
    {
        using var temp = new TempDirectory();
        Assume.That(temp.IsCaseSensitive(), "Only a case-sensitive file system can miss a folder that differs by case.");
        temp.CreateFile("Dist/index.html");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));

        var diagnostic = resolver.Diagnostics.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK2002"));
            Assert.That(diagnostic.Message, Does.Contain("'Dist'"));
        }
    }

    [Test]
    public void MissingFile_WithADifferentlyCasedSibling_NamesTheSibling()
    {
        using var temp = new TempDirectory();
        Assume.That(temp.IsCaseSensitive(), "Only a case-sensitive file system can miss a file that differs by case.");
        temp.CreateFile("src/App.js");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("src/app.js", temp.Combine("src/app.js"), Project(temp)));

        var diagnostic = resolver.Diagnostics.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK2002"));
            Assert.That(diagnostic.Message, Does.Contain("'App.js'"));
        }
    }

    [Test]
    public void MissingFolder_GivenWithATrailingSlash_StillNamesTheDifferentlyCasedSibling()
    {
        using var temp = new TempDirectory();
        Assume.That(temp.IsCaseSensitive(), "Only a case-sensitive file system can miss a folder that differs by case.");
        temp.CreateFile("Dist/index.html");
        var resolver = new ResourceResolver();

        // MSBuild's FullPath of Include="dist/" ends with a slash.
        resolver.Add(new ResourceSpec("dist/", temp.Combine("dist") + Path.DirectorySeparatorChar, Project(temp)));

        Assert.That(resolver.Diagnostics.Single().Message, Does.Contain("'Dist'"));
    }

    [TestCase("../outside")]
    [TestCase("/abs")]
    [TestCase("C:/x")]
    [TestCase("a//b")]
    public void Folder_WithUnsafeTargetPath_ReportsOPK2004AndAddsNothing(string targetPath)
    {
        using var temp = new TempDirectory();
        temp.CreateFile("dist/index.html");
        var project = Project(temp);
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), project) { TargetPath = targetPath });

        Assert.That(resolver.Diagnostics, Has.Count.EqualTo(1));
        var diagnostic = resolver.Diagnostics[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK2004"));
            Assert.That(diagnostic.Severity, Is.EqualTo(Severity.Error));
            Assert.That(diagnostic.Subject.File, Is.EqualTo(project));
            Assert.That(diagnostic.Message, Does.Contain("'" + targetPath + "'").And.Contain("'dist'"));
            Assert.That(resolver.Files, Is.Empty);
            Assert.That(resolver.EmptyFolders, Is.Empty);
        }
    }

    [TestCase("../app.js")]
    [TestCase("/www/app.js")]
    [TestCase(@"D:\app.js")]
    [TestCase("www//app.js")]
    [TestCase(".")]
    [TestCase("./")]
    public void File_WithUnsafeTargetPath_ReportsOPK2004AndAddsNothing(string targetPath)
    {
        using var temp = new TempDirectory();
        var file = temp.CreateFile("src/app.js");
        var project = Project(temp);
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("src/app.js", file, project) { TargetPath = targetPath });

        Assert.That(resolver.Diagnostics, Has.Count.EqualTo(1));
        var diagnostic = resolver.Diagnostics[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(diagnostic.Code, Is.EqualTo("OPK2004"));
            Assert.That(diagnostic.Subject.File, Is.EqualTo(project));
            Assert.That(diagnostic.Message, Does.Contain("'src/app.js'"));
            Assert.That(resolver.Files, Is.Empty);
        }
    }

    [Test]
    public void Folder_LeavesJunkOut_WithAnInfoDiagnosticAtEachJunkFile()
    {
        using var temp = new TempDirectory();
        var index = temp.CreateFile("dist/index.html");
        var junk = new[]
        {
            temp.CreateFile("dist/.DS_Store"),
            temp.CreateFile("dist/img/Thumbs.db"),
            temp.CreateFile("dist/img/Desktop.INI"),
            temp.CreateFile("dist/__MACOSX/index.html"),
            temp.CreateFile("dist/a/__MACOSX/b/._x.js"),
        };
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TargetsToSources(resolver), Is.EquivalentTo(new Dictionary<string, string> { ["www/index.html"] = index }));
            Assert.That(resolver.Diagnostics.Select(d => d.Code), Is.All.EqualTo("OPK2005"));
            Assert.That(resolver.Diagnostics.Select(d => d.Severity), Is.All.EqualTo(Severity.Info));
            Assert.That(resolver.Diagnostics.Select(d => d.Subject.File), Is.EquivalentTo(junk));
            Assert.That(resolver.EmptyFolders, Is.Empty);
        }
    }

    [Test]
    public void JunkListedAsASingleFile_IsLeftOutWithAnInfoDiagnostic()
    {
        using var temp = new TempDirectory();
        var junk = temp.CreateFile("dist/.DS_Store");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist/.DS_Store", junk, Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolver.Files, Is.Empty);
            Assert.That(resolver.Diagnostics, Has.Count.EqualTo(1));
            Assert.That(resolver.Diagnostics[0].Code, Is.EqualTo("OPK2005"));
            Assert.That(resolver.Diagnostics[0].Severity, Is.EqualTo(Severity.Info));
            Assert.That(resolver.Diagnostics[0].Subject.File, Is.EqualTo(junk));
        }
    }

    [Test]
    public void EmptyFolder_IsRecordedByItsItemSpec()
    {
        using var temp = new TempDirectory();
        temp.CreateFolder("dist/empty/sub");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolver.EmptyFolders, Is.EqualTo(new[] { "dist" }));
            Assert.That(resolver.Files, Is.Empty);
            Assert.That(
                resolver.Diagnostics.Select(d => (d.Code, d.Args[0])),
                Is.EqualTo(new[] { ("OPK2014", (object)"empty/sub") }),
                "only the innermost empty folder is reported; its parents are empty because of it");
        }
    }

    [Test]
    public void FolderHoldingOnlyJunk_IsRecordedAsEmpty()
    {
        using var temp = new TempDirectory();
        temp.CreateFile("dist/.DS_Store");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolver.EmptyFolders, Is.EqualTo(new[] { "dist" }));
            Assert.That(resolver.Files, Is.Empty);
        }
    }

    [Test]
    public void SeveralResources_Accumulate()
    {
        using var temp = new TempDirectory();
        temp.CreateFile("dist/index.html");
        var extra = temp.CreateFile("extra/config.json");
        temp.CreateFolder("empty");
        var resolver = new ResourceResolver();

        resolver.Add(new ResourceSpec("dist", temp.Combine("dist"), Project(temp)));
        resolver.Add(new ResourceSpec("extra/config.json", extra, Project(temp)) { TargetPath = "cfg/config.json" });
        resolver.Add(new ResourceSpec("empty", temp.Combine("empty"), Project(temp)));
        resolver.Add(new ResourceSpec("missing", temp.Combine("missing"), Project(temp)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolver.Files.Select(f => f.TargetPath), Is.EquivalentTo(new[] { "www/index.html", "cfg/config.json" }));
            Assert.That(resolver.EmptyFolders, Is.EqualTo(new[] { "empty" }));
            Assert.That(resolver.Diagnostics.Select(d => d.Code), Is.EquivalentTo(new[] { "OPK2014", "OPK2002" }));
        }
    }
}
