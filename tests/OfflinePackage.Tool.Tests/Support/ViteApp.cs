using System.Diagnostics;

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

    private static string Build()
    {
        var source = Path.Combine(RepoRoot(), "tests", "OfflinePackage.Sdk.Tests", "TestAssets", "ViteApp");
        var app = Directory.CreateTempSubdirectory("opk-tool-vite-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or "dist")))
        {
            var target = Path.Combine(app, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Npm(app, "ci", "--no-audit", "--no-fund");
        Npm(app, "exec", "--", "vite", "build", "--base=/", "--outDir", "dist-root");
        Npm(app, "exec", "--", "vite", "build", "--base=./", "--outDir", "dist-relative");
        return app;
    }

    private static void Npm(string directory, params string[] arguments)
    {
        using var npm = Process.Start(new ProcessStartInfo("npm", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        var output = npm.StandardOutput.ReadToEnd();
        if (!npm.WaitForExit(TimeSpan.FromMinutes(5)) || npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm {string.Join(' ', arguments)} failed:\n{output}\n{error.Result}");
        }
    }

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
