using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>
/// The precompiled (ReadyToRun) task assemblies: packed on a linux-x64 host, used by MSBuild on .NET 10 there, and
/// switched off with OfflinePackageReadyToRun=false; either way the package's bytes are the same.
/// </summary>
public class ReadyToRunTests
{
    private const string ReadyToRunFolder = "tasks/net10.0-linux-x64/";

    private static readonly string[] Assemblies = ["OfflinePackage.Tasks.dll", "OfflinePackage.Core.dll", "AngleSharp.dll", "Acornima.dll"];

    [SetUp]
    public void OnLinuxX64Only() =>
        Assume.That(RuntimeInformation.RuntimeIdentifier, Is.EqualTo("linux-x64"), "the precompiled copies are made and used on linux-x64 only");

    [Test]
    public void ThePackage_HoldsPrecompiledCopiesBesideTheILOnes()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(SdkPackage.NupkgPath);

        foreach (var name in Assemblies)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(IsReadyToRun(package, ReadyToRunFolder + name), Is.True, ReadyToRunFolder + name);
                Assert.That(IsReadyToRun(package, "tasks/netstandard2.0/" + name), Is.False, "tasks/netstandard2.0/" + name);
            }
        }
    }

    [Test]
    public void ABuild_RunsThePrecompiledTasks_AndWithReadyToRunOff_TheILOnes_ToTheSameZip()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html><script src=\"app.js\"></script></html>")
            .WriteFile("dist/app.js", "console.log('offline');")
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>", """    <OfflineResource Include="dist" />""");
        var zip = Path.Combine(project.OutputDirectory, "20171228_1.0.0.0.zip");

        var precompiled = project.Build();
        Assert.That(precompiled.ExitCode, Is.Zero, precompiled.ToString());
        var precompiledZip = File.ReadAllBytes(zip);
        var off = project.Build("-p:OfflinePackageReadyToRun=false", "-t:Rebuild");
        Assert.That(off.ExitCode, Is.Zero, off.ToString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(precompiled.Tasks("PrepareOfflinePackage").Select(t => FolderOf(t.FromAssembly)), Is.EqualTo(new[] { "net10.0-linux-x64" }));
            Assert.That(precompiled.Tasks("CheckOfflinePackageReferences").Select(t => FolderOf(t.FromAssembly)), Is.EqualTo(new[] { "net10.0-linux-x64" }));
            Assert.That(off.Tasks("PrepareOfflinePackage").Select(t => FolderOf(t.FromAssembly)), Is.EqualTo(new[] { "netstandard2.0" }));
            Assert.That(off.Tasks("WriteOfflinePackageZip"), Has.Count.EqualTo(1), "the zip was written again");
            Assert.That(File.ReadAllBytes(zip), Is.EqualTo(precompiledZip));
        }
    }

    private static string FolderOf(string assemblyPath) => Path.GetFileName(Path.GetDirectoryName(assemblyPath)!);

    private static bool IsReadyToRun(System.IO.Compression.ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new AssertionException(name + " is not in the package");
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }
}
