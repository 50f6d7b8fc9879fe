using System.IO.Compression;
using System.Xml.Linq;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>What a public feed shows of each package: readme, licence, description, tags and repository.</summary>
public class PackageMetadataTests
{
    private static IEnumerable<TestCaseData> Packages()
    {
        yield return new TestCaseData("OfflinePackage.Sdk", (Func<string>)(() => SdkPackage.NupkgPath));
        yield return new TestCaseData("OfflinePackage.Verify", (Func<string>)(() => FeedPackages.VerifyToolNupkgPath));
        yield return new TestCaseData("OfflinePackage.Templates", (Func<string>)(() => FeedPackages.TemplatesNupkgPath));
        yield return new TestCaseData("OfflinePackage.Tool", (Func<string>)(() => FeedPackages.ToolNupkgPath));
    }

    [TestCaseSource(nameof(Packages))]
    public void NuspecCarriesReadmeLicenceDescriptionTagsAndRepository(string id, Func<string> nupkgPath)
    {
        using var package = ZipFile.OpenRead(nupkgPath());
        XElement metadata;
        using (var stream = package.GetEntry(id + ".nuspec")!.Open())
        {
            var root = XDocument.Load(stream).Root!;
            metadata = root.Element(root.Name.Namespace + "metadata")!;
        }

        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        var readme = Value("readme");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Value("id"), Is.EqualTo(id));
            Assert.That(readme, Is.Not.Null.And.Not.Empty);
            if (!string.IsNullOrEmpty(readme))
            {
                var entry = package.GetEntry(readme);
                Assert.That(entry?.Length, Is.GreaterThan(200), $"{readme} in the package");
            }

            Assert.That((string?)Element("license")?.Attribute("type"), Is.EqualTo("expression"));
            Assert.That(Value("license"), Is.EqualTo("MIT"));
            Assert.That(Value("description"), Does.Contain("mPaaS"));
            Assert.That(Value("tags")?.Split(' '), Does.Contain("mpaas").And.Contain("offline-package"));
            Assert.That((string?)Element("repository")?.Attribute("type"), Is.EqualTo("git"));
            Assert.That((string?)Element("repository")?.Attribute("url"), Does.StartWith("https://"));
            Assert.That(Value("authors"), Is.Not.Null.And.Not.Empty);
        }
    }

    [Test]
    public void TemplatePackageHasTheTemplateTypeAndTheThreeTemplates()
    {
        using var package = ZipFile.OpenRead(FeedPackages.TemplatesNupkgPath);
        using (var stream = package.GetEntry("OfflinePackage.Templates.nuspec")!.Open())
        {
            var types = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string?)e.Attribute("name"));
            Assert.That(types, Is.EqualTo(new[] { "Template" }));
        }

        Assert.That(
            package.Entries.Select(e => e.FullName).Where(n => n.EndsWith("/.template.config/template.json")),
            Is.EquivalentTo(new[] { "content/offlinepackage/.template.config/template.json", "content/offlinepackage-global/.template.config/template.json", "content/offlinepackage-preset/.template.config/template.json" }));
    }
}
