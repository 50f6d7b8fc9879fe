using OfflinePackage.Tests.Support;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>
/// The test Vite app (TestAssets/ViteApp) installed with `npm ci` and built once per test run with each base:
/// Vite's default '/' (root-absolute asset URLs) and './' (relative), as a user's `npm run build` would.
/// </summary>
public static class ViteBuilds
{
    private static readonly Lazy<string> App = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>dist/ of `vite build --base=/`.</summary>
    public static string RootBaseDist => Path.Combine(App.Value, "dist-root");

    /// <summary>dist/ of `vite build --base=./`.</summary>
    public static string RelativeBaseDist => Path.Combine(App.Value, "dist-relative");

    private static string Build() => ViteAppBuild.Build(RepoPaths.ViteApp, Path.Combine(SdkPackage.RunDirectory, "vite-app"));
}
