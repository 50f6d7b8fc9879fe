using OfflinePackage.Sdk.Tests.Infrastructure;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>Killed, interrupted, parallel and hostile-path builds never leave a broken zip and never throw.</summary>
public class RobustnessTests
{
    private const string Properties = "    <OfflinePackageId>20171228</OfflinePackageId>";
    private const string Items = """    <OfflineResource Include="dist" />""";
    private const string ZipName = "20171228_1.0.0.0.zip";
    private const int LargeFileBytes = 400 * 1024 * 1024;

    private static ConsumerProject SmallProject([System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        ConsumerProject.Create(name)
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject(Properties, Items);

    private static void AddLargeIncompressibleFile(ConsumerProject project)
    {
        var random = new Random(42);
        var buffer = new byte[1 << 20];
        using var file = File.Create(project.PathOf("dist/big.bin"));
        for (var written = 0; written < LargeFileBytes; written += buffer.Length)
        {
            random.NextBytes(buffer);
            file.Write(buffer);
        }
    }

    private static string[] TempZips(ConsumerProject project) =>
        Directory.Exists(project.OutputDirectory) ? Directory.GetFiles(project.OutputDirectory, $".{ZipName}.*.tmp") : [];

    /// <summary>Waits until the zip writer has started its temporary file, i.e. the build is mid-write.</summary>
    private static void WaitUntilWriting(ConsumerProject project, RunningProcess build)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !build.HasExited)
        {
            var temp = TempZips(project).FirstOrDefault();
            if (temp != null && new FileInfo(temp).Length > 1024 * 1024)
            {
                return;
            }

            Thread.Sleep(20);
        }

        Assert.Fail("the build never reached the zip writing step:\n" + build.Output);
    }

    [Test]
    public void KilledWhileWritingLeavesThePreviousZipAndTheNextBuildRecovers()
    {
        var project = SmallProject();
        Assert.That(project.Build().ExitCode, Is.Zero);
        var zip = Path.Combine(project.OutputDirectory, ZipName);
        var previous = File.ReadAllBytes(zip);
        AddLargeIncompressibleFile(project);

        using (var build = project.StartBuild())
        {
            WaitUntilWriting(project, build);
            build.KillTree();
        }

        Assert.That(File.ReadAllBytes(zip), Is.EqualTo(previous), "the zip at the output path is the old, complete one");
        var next = project.Build();
        Assert.That(next.ExitCode, Is.Zero, next.ToString());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ZipContents.Names(zip), Does.Contain("20171228/www/big.bin"));
            Assert.That(TempZips(project), Is.Empty, "the next build removes what the killed one left");
            Assert.That(ExternalZipReaders.InfoZipTest(zip).ExitCode, Is.Zero);
        }
    }

    [Test]
    public void KilledFirstBuildLeavesNoZipAtTheOutputPath()
    {
        var project = SmallProject();
        AddLargeIncompressibleFile(project);

        using (var build = project.StartBuild())
        {
            WaitUntilWriting(project, build);
            build.KillTree();
        }

        Assert.That(File.Exists(Path.Combine(project.OutputDirectory, ZipName)), Is.False);
    }

    [Test]
    public void CtrlCStopsPackagingAndRemovesTheTemporaryZip()
    {
        var project = SmallProject();
        AddLargeIncompressibleFile(project);

        ProcessResult result;
        using (var build = project.StartInterruptibleBuild())
        {
            WaitUntilWriting(project, build);
            using (var signal = System.Diagnostics.Process.Start("kill", ["-INT", build.Id.ToString()]))
            {
                signal.WaitForExit();
            }

            result = build.WaitForExit(TimeSpan.FromMinutes(2));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
            Assert.That(result.Output, Does.Not.Contain("MSB4018"));
            Assert.That(File.Exists(Path.Combine(project.OutputDirectory, ZipName)), Is.False);
            Assert.That(TempZips(project), Is.Empty, "cancellation deletes the temporary file");
        }
    }

    [Test]
    public void ZipThatCannotBeWrittenIsACodedError()
    {
        var project = SmallProject();
        Directory.CreateDirectory(Path.Combine(project.OutputDirectory, ZipName, "in-the-way"));

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK4001" }), result.ToString());
        Assert.That(result.Errors.Single().File, Is.EqualTo(Path.Combine(project.OutputDirectory, ZipName)));
        Assert.That(TempZips(project), Is.Empty, "the temporary zip is removed");
    }

    [Test]
    public void ResourceThatDisappearsMidBuildIsACodedError()
    {
        var project = ConsumerProject.Create()
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/assets/app.js", "x")
            .WithProject(Properties, Items, extra: """
              <Target Name="DeleteAfterPrepare" AfterTargets="OfflinePackagePrepare">
                <Delete Files="dist/assets/app.js" />
              </Target>
            """);

        var result = project.Build();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK3001" }), result.ToString());
            Assert.That(result.Errors.Single().File, Is.EqualTo(project.PathOf("dist/assets/app.js")));
            Assert.That(File.Exists(Path.Combine(project.OutputDirectory, ZipName)), Is.False);
            Assert.That(TempZips(project), Is.Empty);
        }
    }

    [Test]
    public void EightProjectsSharingOneSourceFolderBuildInParallel()
    {
        var root = ConsumerProject.Create().WriteFile("shared-dist/index.html", "<html>shared</html>").WriteFile("shared-dist/js/app.js", "x");
        var projects = Enumerable.Range(1, 8).Select(i => $"pkg{i}/pkg{i}.csproj").ToList();
        for (var i = 1; i <= 8; i++)
        {
            root.WriteFile($"pkg{i}/pkg{i}.csproj", $"""
                <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
                  <Sdk Name="OfflinePackage.Sdk" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OfflinePackageId>3000000{i}</OfflinePackageId>
                  </PropertyGroup>
                  <ItemGroup>
                    <OfflineResource Include="../shared-dist" />
                  </ItemGroup>
                </Project>
                """);
        }

        Assert.That(ProcessRunner.Run("dotnet", ["new", "sln", "-n", "all", "--format", "sln"], root.Directory).ExitCode, Is.Zero);
        Assert.That(ProcessRunner.Run("dotnet", ["sln", "all.sln", "add", .. projects], root.Directory).ExitCode, Is.Zero);

        var result = ProcessRunner.Run("dotnet", ["build", "all.sln", "-m", "-nodeReuse:false", "--disable-build-servers"], root.Directory);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        for (var i = 1; i <= 8; i++)
        {
            var zip = root.PathOf($"pkg{i}/bin/Debug/net10.0/3000000{i}_1.0.0.0.zip");
            Assert.That(ZipContents.Names(zip).Where(n => !n.EndsWith('/')), Is.EquivalentTo(new[] { $"3000000{i}/www/index.html", $"3000000{i}/www/js/app.js" }), zip);
        }
    }

    [Test]
    public void ProjectInAFolderWithSpacesAndUnusualCharactersBuilds()
    {
        var project = ConsumerProject.Create("my app (β) + 'quotes' & more")
            .WriteFile("dist files/index.html", "<html></html>")
            .WithProject(Properties, """    <OfflineResource Include="dist files" />""", fileName: "my app.csproj");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(ZipContents.Names(Path.Combine(project.OutputDirectory, ZipName)), Does.Contain("20171228/www/index.html"));
    }

    [Test]
    public void ReadOnlySourcesArePackaged()
    {
        var project = SmallProject();
        var file = project.PathOf("dist/index.html");
        File.SetAttributes(file, FileAttributes.ReadOnly);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(project.PathOf("dist"), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        try
        {
            var result = project.Build();

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(ZipContents.Read(Path.Combine(project.OutputDirectory, ZipName), "20171228/www/index.html"), Is.EqualTo(File.ReadAllBytes(file)));
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(project.PathOf("dist"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            File.SetAttributes(file, FileAttributes.Normal);
        }
    }
}
