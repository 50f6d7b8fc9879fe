using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tool.Tests.Support;

/// <summary>
/// The SDK tests' Vite app (tests/OfflinePackage.Sdk.Tests/TestAssets/ViteApp) installed with `npm ci` and built once
/// per run with Vite's default base '/' and with './', as a user's `npm run build` would.
/// </summary>
internal static class ViteApp
{
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RootBaseDist => Path.Combine(Built.Value, "dist-root");

    public static string RelativeBaseDist => Path.Combine(Built.Value, "dist-relative");

    private static string Build() =>
        ViteAppBuild.Build(Path.Combine(RepoRoot(), "tests", "OfflinePackage.Sdk.Tests", "TestAssets", "ViteApp"), Directory.CreateTempSubdirectory("opk-tool-vite-").FullName);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OfflinePackage.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No OfflinePackage.Sdk.sln above " + AppContext.BaseDirectory);
    }
}
