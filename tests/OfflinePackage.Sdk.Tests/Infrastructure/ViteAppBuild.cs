using System.Diagnostics;

namespace OfflinePackage.Tests.Support;

/// <summary>
/// Copies the test Vite app (tests/OfflinePackage.Sdk.Tests/TestAssets/ViteApp, less node_modules and dist), installs it
/// with `npm ci` and builds it with Vite's default base '/' into dist-root and with './' into dist-relative, as a user's
/// `npm run build` would. Shared by the SDK and tool tests (linked into both).
/// </summary>
internal static class ViteAppBuild
{
    /// <summary>Builds the app from <paramref name="source"/> in <paramref name="folder"/>; returns the folder.</summary>
    public static string Build(string source, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(source, f).Split(Path.DirectorySeparatorChar).Any(p => p is "node_modules" or "dist")))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Npm(folder, "ci", "--no-audit", "--no-fund");
        Npm(folder, "exec", "--", "vite", "build", "--base=/", "--outDir", "dist-root");
        Npm(folder, "exec", "--", "vite", "build", "--base=./", "--outDir", "dist-relative");
        return folder;
    }

    private static void Npm(string directory, params string[] arguments)
    {
        using var npm = Process.Start(new ProcessStartInfo("npm", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        var output = npm.StandardOutput.ReadToEndAsync();
        if (!npm.WaitForExit(TimeSpan.FromMinutes(5)) || npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm {string.Join(' ', arguments)} failed:\n{output.Result}\n{error.Result}");
        }
    }
}
