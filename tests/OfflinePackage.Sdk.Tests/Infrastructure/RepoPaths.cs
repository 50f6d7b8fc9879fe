namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SdkFolder => Path.Combine(Root, "sdk", "Sdk");

    /// <summary>Real Vite build output committed with the sample.</summary>
    public static string SampleDist => Path.Combine(Root, "samples", "HelloOffline", "frontend", "dist");

    /// <summary>The sources of a small Vite app (package.json and its lock, index.html, src/, public/) the tests build with npm.</summary>
    public static string ViteApp => Path.Combine(Root, "tests", "OfflinePackage.Sdk.Tests", "TestAssets", "ViteApp");

    /// <summary>Real .amr files made by Alibaba's mPaaS console and the demo app's public key, for tests marked [RequiresMpaasDemo].</summary>
    public static string MpaasDemo => OfflinePackage.Tests.Support.MpaasDemo.RequireFolder();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OfflinePackage.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (OfflinePackage.Sdk.sln) above " + AppContext.BaseDirectory);
    }
}
