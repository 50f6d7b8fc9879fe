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

    private static string Build()
    {
        var app = Path.Combine(SdkPackage.RunDirectory, "vite-app");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.ViteApp, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(RepoPaths.ViteApp, f).Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or "dist")))
        {
            var target = Path.Combine(app, Path.GetRelativePath(RepoPaths.ViteApp, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Run(app, "ci", "--no-audit", "--no-fund");
        Run(app, "exec", "--", "vite", "build", "--base=/", "--outDir", "dist-root");
        Run(app, "exec", "--", "vite", "build", "--base=./", "--outDir", "dist-relative");
        return app;
    }

    private static void Run(string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run("npm", arguments, directory, TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm {string.Join(' ', arguments)} failed:\n{result}");
        }
    }
}
