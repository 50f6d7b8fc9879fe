using OfflinePackage.Packaging;

namespace OfflinePackage.Tests.Support;

/// <summary>Package models built in memory, for rules that only look at target paths and options.</summary>
internal static class Models
{
    public const string ProjectFile = "/nonexistent/opk-tests/app.csproj";

    public static PackageOptions Options(string id = "12345678", string version = "1.0.0.0", string mainUrl = "/www/index.html") =>
        new PackageOptions(id) { Version = version, MainUrl = mainUrl };

    public static PackageFile File(string targetPath, string? sourcePath = null) =>
        new PackageFile(sourcePath ?? "/src/" + targetPath, targetPath, new ResourceSpec("dist", "/src", ProjectFile));

    public static PackageModel WithTargets(PackageOptions options, params string[] targetPaths) =>
        new PackageModel(options, targetPaths.Select(t => File(t)));
}
