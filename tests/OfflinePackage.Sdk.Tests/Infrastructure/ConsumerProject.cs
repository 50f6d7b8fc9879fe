using System.Runtime.CompilerServices;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>
/// A real consumer project in its own folder, set up as a user would: a nuget.config whose only feeds are
/// the local feed with the freshly packed SDK and nuget.org, and a global.json naming the SDK version.
/// </summary>
public sealed class ConsumerProject
{
    public const string DefaultProjectName = "app.csproj";

    private int _buildCount;

    private ConsumerProject(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectPath => Path.Combine(Directory, ProjectFileName);

    public string ProjectFileName { get; private set; } = DefaultProjectName;

    /// <summary>The usual output folder of a Debug build for net10.0.</summary>
    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public static ConsumerProject Create([CallerMemberName] string name = "")
    {
        var directory = Path.Combine(SdkPackage.RunDirectory, "projects", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        System.IO.Directory.CreateDirectory(directory);
        var project = new ConsumerProject(directory);
        project.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SdkPackage.PackagesDirectory}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{SdkPackage.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        project.WriteFile("global.json", $$"""
            {
              "sdk": { "version": "10.0.100", "rollForward": "latestFeature" },
              "msbuild-sdks": { "OfflinePackage.Sdk": "{{SdkPackage.Version}}" }
            }
            """);
        // Shield the project from any Directory.Build.* above the temp folder.
        project.WriteFile("Directory.Build.props", "<Project />");
        project.WriteFile("Directory.Build.targets", "<Project />");
        return project;
    }

    /// <summary>A project file with the given host SDK, properties and items (XML inner text).</summary>
    public ConsumerProject WithProject(string properties, string items, string hostSdk = "Microsoft.Build.NoTargets/3.7.0", string extra = "", string fileName = DefaultProjectName)
    {
        ProjectFileName = fileName;
        WriteFile(fileName, $"""
            <Project Sdk="{hostSdk}">
              <Sdk Name="OfflinePackage.Sdk" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
            {properties}
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            {extra}
            </Project>
            """);
        return this;
    }

    /// <summary>Builds an existing project file of the folder from now on (e.g. one copied from the samples).</summary>
    public ConsumerProject UseProject(string relativePath)
    {
        ProjectFileName = relativePath;
        return this;
    }

    public ConsumerProject WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public ConsumerProject WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public ConsumerProject CopyFolder(string source, string relativeTarget)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, relativeTarget, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return this;
    }

    /// <summary>Runs `dotnet build` (or another command) with a binlog, like a user's shell would.</summary>
    public BuildResult Build(params string[] extraArguments) => Run("build", extraArguments);

    public BuildResult Run(string command, params string[] extraArguments) => RunWith(new Dictionary<string, string>(), command, extraArguments);

    /// <summary>Runs a dotnet command with extra environment variables (e.g. a signing key from a CI secret).</summary>
    public BuildResult RunWith(IDictionary<string, string> environment, string command, params string[] extraArguments)
    {
        var arguments = Arguments(command, extraArguments, out var binlog);
        return new BuildResult(ProcessRunner.Run("dotnet", arguments, Directory, environment: environment), binlog);
    }

    /// <summary>Starts `dotnet build` without waiting, for tests that kill or interrupt it.</summary>
    public RunningProcess StartBuild(params string[] extraArguments) =>
        ProcessRunner.Start("dotnet", Arguments("build", extraArguments, out _), Directory);

    /// <summary>
    /// Starts `dotnet build` with SIGINT at its default action, as in a terminal, even when this test run ignores it
    /// (a run started in the background inherits an ignored SIGINT, and so would the build).
    /// </summary>
    public RunningProcess StartInterruptibleBuild(params string[] extraArguments) =>
        ProcessRunner.Start("env", ["--default-signal=INT", "dotnet", .. Arguments("build", extraArguments, out _)], Directory);

    private List<string> Arguments(string command, string[] extraArguments, out string binlog)
    {
        binlog = Path.Combine(Directory, $"{command}-{++_buildCount}.binlog");
        var arguments = new List<string> { command, ProjectFileName, $"-bl:{binlog}", "-nodeReuse:false" };
        if (command != "msbuild")
        {
            arguments.Add("--disable-build-servers");
        }

        arguments.AddRange(extraArguments);
        return arguments;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);
}
