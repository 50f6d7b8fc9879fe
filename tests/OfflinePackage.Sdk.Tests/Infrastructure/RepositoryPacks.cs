namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>
/// `dotnet pack` of a project of this repository into this run's feed with the test version. One pack at a time:
/// the SDK, the tools and the templates share projects (OfflinePackage.Core) and so their obj/ and bin/ folders,
/// which two builds must not write at once.
/// </summary>
public static class RepositoryPacks
{
    private static readonly object OnePackAtATime = new();

    /// <returns>The path of the .nupkg in <paramref name="feed"/>.</returns>
    public static string Pack(string id, string feed)
    {
        var project = Path.Combine(RepoPaths.Root, "src", id, id + ".csproj");
        var nupkg = Path.Combine(feed, $"{id}.{SdkPackage.Version}.nupkg");
        lock (OnePackAtATime)
        {
            var result = ProcessRunner.Run(
                "dotnet",
                ["pack", project, "-c", "Release", "-o", feed, $"-p:OfflinePackageSdkVersion={SdkPackage.Version}", "-nodeReuse:false", "--disable-build-servers"],
                RepoPaths.Root);
            if (result.ExitCode != 0 || !File.Exists(nupkg))
            {
                throw new InvalidOperationException($"Packing {id} failed:\n" + result);
            }
        }

        return nupkg;
    }
}
