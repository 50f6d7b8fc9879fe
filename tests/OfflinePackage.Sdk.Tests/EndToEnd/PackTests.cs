using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// `dotnet pack` means "give me the deliverables": an offline package project puts its zip (and .amr,
/// h5_json.json, urls.json, or a bundle's preset files) in the pack output folder and makes no .nupkg,
/// while a class library in the same solution still packs as a NuGet package.
/// </summary>
public class PackTests
{
    private static void Run(ConsumerProject project, string tool, params string[] arguments)
    {
        var result = ProcessRunner.Run(tool, arguments, project.Directory);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    private static string[] FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToArray();

    [Test]
    public void SolutionPackIsTheCiRecipe()
    {
        var project = ConsumerProject.Create()
            .WriteFile("shop/dist/index.html", "<html>shop</html>")
            .WriteFile("common/shared-dist/common.js", "var common = 1;")
            .WriteFile("Lib/Greeting.cs", "namespace Lib; public static class Greeting { public const string Text = \"hi\"; }")
            .WriteFile("Lib/Lib.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                </Project>
                """);
        Run(project, "openssl", "genrsa", "-out", "key.pem", "2048");
        project.WithProject(
            "    <OfflinePackageId>20171228</OfflinePackageId>\n    <OfflinePackageVirtualDomain>h5app.com</OfflinePackageVirtualDomain>\n    <OfflinePackageSigningKeyFile>../key.pem</OfflinePackageSigningKeyFile>",
            """    <OfflineResource Include="dist" />""",
            fileName: "shop/shop.csproj");
        project.WithProject(
            "    <OfflinePackageId>77777777</OfflinePackageId>\n    <OfflinePackageAppId>53E5279071442</OfflinePackageAppId>\n    <OfflinePackageWorkspaceId>test</OfflinePackageWorkspaceId>",
            """    <GlobalResource Include="shared-dist" />""",
            hostSdk: "Microsoft.NET.Sdk",
            fileName: "common/common.csproj");
        project.WithProject(
            "    <OfflinePackagePresetBundle>true</OfflinePackagePresetBundle>\n    <OfflinePackageVirtualDomain>h5app.com</OfflinePackageVirtualDomain>",
            """    <ProjectReference Include="../shop/shop.csproj" />""",
            fileName: "bundle/bundle.csproj");
        Run(project, "dotnet", "new", "sln", "-n", "CI", "--format", "sln");
        Run(project, "dotnet", "sln", "CI.sln", "add", "shop/shop.csproj", "common/common.csproj", "bundle/bundle.csproj", "Lib/Lib.csproj");

        var result = project.UseProject("CI.sln").Run("pack", "-c", "Release", "-o", "artifacts");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var artifacts = project.PathOf("artifacts");
        var expected = new Dictionary<string, string>
        {
            ["shop/20171228_1.0.0.0.zip"] = "shop/bin/Release/net10.0/20171228_1.0.0.0.zip",
            ["shop/20171228_1.0.0.0.amr"] = "shop/bin/Release/net10.0/20171228_1.0.0.0.amr",
            ["shop/h5_json.json"] = "shop/bin/Release/net10.0/h5_json.json",
            ["common/77777777_1.0.0.0.zip"] = "common/bin/Release/net10.0/77777777_1.0.0.0.zip",
            ["common/77777777_1.0.0.0.urls.json"] = "common/bin/Release/net10.0/77777777_1.0.0.0.urls.json",
            ["bundle/20171228_1.0.0.0.amr"] = "bundle/bin/Release/net10.0/preset/20171228_1.0.0.0.amr",
            ["bundle/h5_json.json"] = "bundle/bin/Release/net10.0/preset/h5_json.json",
        };
        Assert.That(FilesBelow(artifacts), Is.EquivalentTo(expected.Keys.Append("Lib.1.0.0.nupkg")), "no .nupkg but the class library's");
        using (Assert.EnterMultipleScope())
        {
            foreach (var (packed, built) in expected)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(artifacts, packed)), Is.EqualTo(File.ReadAllBytes(project.PathOf(built))), packed + " is what the build wrote");
            }

            foreach (var packed in expected.Keys.Where(k => !k.StartsWith("bundle/", StringComparison.Ordinal)))
            {
                Assert.That(result.Output, Does.Contain("OfflinePackage -> " + Path.Combine(artifacts, packed)));
            }

            Assert.That(result.Output, Does.Contain("OfflinePackage -> " + Path.Combine(artifacts, "bundle") + Path.DirectorySeparatorChar));
            Assert.That(result.Warnings, Is.Empty, result.ToString());
        }
    }

    [Test]
    public void WithoutDashOTheFilesGoToPackageOutputPath()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(
                "    <OfflinePackageId>20171228</OfflinePackageId>\n    <PackageOutputPath>$(MSBuildProjectDirectory)/out/</PackageOutputPath>",
                """    <OfflineResource Include="dist" />""",
                hostSdk: "Microsoft.NET.Sdk");

        var result = project.Run("pack");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(FilesBelow(project.PathOf("out")), Is.EqualTo(new[] { "app/20171228_1.0.0.0.zip" }), "the zip, and no .nupkg holding an empty dll");
        Assert.That(File.ReadAllBytes(project.PathOf("out/app/20171228_1.0.0.0.zip")), Is.EqualTo(File.ReadAllBytes(project.PathOf("bin/Release/net10.0/20171228_1.0.0.0.zip"))), "dotnet pack builds Release");
    }

    [Test]
    public void BuildDoesNotWriteToThePackFolder()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(
                "    <OfflinePackageId>20171228</OfflinePackageId>\n    <PackageOutputPath>$(MSBuildProjectDirectory)/out/</PackageOutputPath>",
                """    <OfflineResource Include="dist" />""");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Path.Combine(project.OutputDirectory, "20171228_1.0.0.0.zip")), Is.True);
        Assert.That(Directory.Exists(project.PathOf("out")), Is.False, "only pack copies the deliverables");
    }
}
