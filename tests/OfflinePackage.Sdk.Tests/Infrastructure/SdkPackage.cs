namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>
/// The SDK packed once per test run into a fresh local feed, exactly as users get it. Consumers restore it
/// into a package folder that belongs to this run only, so a stale copy of the same version is never tested.
/// </summary>
public static class SdkPackage
{
    public const string Version = "1.0.0-e2e";

    private static readonly Lazy<string> Feed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of this test run: feed, package cache and every consumer project live below it.</summary>
    public static string RunDirectory { get; } = Path.Combine(Path.GetTempPath(), "opk-e2e", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..6]);

    public static string FeedDirectory => Feed.Value;

    public static string PackagesDirectory => Path.Combine(RunDirectory, "packages");

    public static string NupkgPath => Path.Combine(FeedDirectory, $"OfflinePackage.Sdk.{Version}.nupkg");

    private static string Pack()
    {
        var feed = Path.Combine(RunDirectory, "feed");
        Directory.CreateDirectory(feed);
        RepositoryPacks.Pack("OfflinePackage.Sdk", feed);
        return feed;
    }
}
