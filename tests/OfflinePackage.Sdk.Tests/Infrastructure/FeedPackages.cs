namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>
/// The repository's other packages (the templates, the verify tool, the offlinepackage tool), packed on first use into the SDK's feed of
/// this run with the same test version, so a generated project gets the SDK packed in the same run.
/// </summary>
public static class FeedPackages
{
    private static readonly Lazy<string> Templates = new(() => Pack("OfflinePackage.Templates"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> VerifyTool = new(() => Pack("OfflinePackage.Verify"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> Tool = new(() => Pack("OfflinePackage.Tool"), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string TemplatesNupkgPath => Templates.Value;

    public static string VerifyToolNupkgPath => VerifyTool.Value;

    public static string ToolNupkgPath => Tool.Value;

    private static string Pack(string id)
    {
        var feed = SdkPackage.FeedDirectory;
        var project = Path.Combine(RepoPaths.Root, "src", id, id + ".csproj");
        var nupkg = Path.Combine(feed, $"{id}.{SdkPackage.Version}.nupkg");
        var result = ProcessRunner.Run(
            "dotnet",
            ["pack", project, "-c", "Release", "-o", feed, $"-p:OfflinePackageSdkVersion={SdkPackage.Version}", "-nodeReuse:false", "--disable-build-servers"],
            RepoPaths.Root);
        if (result.ExitCode != 0 || !File.Exists(nupkg))
        {
            throw new InvalidOperationException($"Packing {id} failed:\n" + result);
        }

        return nupkg;
    }
}
