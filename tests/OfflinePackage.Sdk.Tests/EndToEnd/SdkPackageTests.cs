using System.IO.Compression;
using System.Xml.Linq;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>The .nupkg users restore: an MSBuildSdk package holding exactly what the SDK needs.</summary>
public class SdkPackageTests
{
    [Test]
    public void PackageHoldsOnlyTheSdkFilesTasksAndDocs()
    {
        using var package = ZipFile.OpenRead(SdkPackage.NupkgPath);
        var names = package.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml")
            .ToList();
        var docs = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs", "errors"), "*.md").Select(f => "docs/errors/" + Path.GetFileName(f));

        // Packed on linux-x64, the package also holds precompiled copies of the four assemblies (ReadyToRunTests).
        Assert.That(names.Where(n => !n.StartsWith("tools/offlinepackage/") && !n.StartsWith("tasks/net10.0-linux-x64/")), Is.EquivalentTo(new[]
        {
            "OfflinePackage.Sdk.nuspec",
            "README.md",
            "Sdk/Render.targets",
            "Sdk/Sdk.props",
            "Sdk/Sdk.targets",
            "tasks/netstandard2.0/OfflinePackage.Tasks.dll",
            // The core the tasks call (plain C#, no MSBuild).
            "tasks/netstandard2.0/OfflinePackage.Core.dll",
            // The reference check's parsers; their System.* dependencies come with .NET and MSBuild.exe, never from us.
            "tasks/netstandard2.0/AngleSharp.dll",
            "tasks/netstandard2.0/Acornima.dll",
        }.Concat(docs)));

        // The offlinepackage tool that OfflinePackageRender=true runs: its build output, assemblies and their JSON only.
        var tool = names.Where(n => n.StartsWith("tools/offlinepackage/")).Select(n => n["tools/offlinepackage/".Length..]).ToList();
        Assert.That(tool, Is.SupersetOf(new[] { "OfflinePackage.Tool.dll", "OfflinePackage.Tool.runtimeconfig.json", "OfflinePackage.Tool.deps.json", "OfflinePackage.Core.dll", "PuppeteerSharp.dll" }));
        Assert.That(tool, Has.All.Match(@"\.(dll|json)$"));
        // The tool is a client of the core, not of the MSBuild adapters.
        Assert.That(tool, Has.None.EqualTo("OfflinePackage.Tasks.dll"));
    }

    [Test]
    public void NuspecDeclaresTheMSBuildSdkPackageTypeAndNoDependencies()
    {
        using var package = ZipFile.OpenRead(SdkPackage.NupkgPath);
        using var stream = package.GetEntry("OfflinePackage.Sdk.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(metadata.Element(ns + "id")?.Value, Is.EqualTo("OfflinePackage.Sdk"));
            Assert.That(metadata.Element(ns + "version")?.Value, Is.EqualTo(SdkPackage.Version));
            Assert.That(metadata.Descendants(ns + "packageType").Select(e => (string?)e.Attribute("name")), Is.EqualTo(new[] { "MSBuildSdk" }));
            Assert.That(metadata.Descendants(ns + "dependency"), Is.Empty);
        }
    }
}
