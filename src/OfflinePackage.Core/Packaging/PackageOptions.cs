namespace OfflinePackage.Packaging
{
    /// <summary>The package-level settings, as given by the OfflinePackage* properties.</summary>
    public sealed class PackageOptions
    {
        public const string DefaultMainUrl = "/www/index.html";
        public const string DefaultVersion = "1.0.0.0";

        public PackageOptions(string id)
        {
            Id = id;
        }

        public string Id { get; }

        public string Version { get; init; } = DefaultVersion;

        public string MainUrl { get; init; } = DefaultMainUrl;

        /// <summary>The type the project asked for; null to infer it from the items.</summary>
        public PackageType? Type { get; init; }

        public CloudKind Cloud { get; init; } = CloudKind.Public;

        /// <summary>The mPaaS app ID (global packages), e.g. 53E5279071442.</summary>
        public string AppId { get; init; } = string.Empty;

        /// <summary>The mPaaS workspace ID (global packages), e.g. test.</summary>
        public string WorkspaceId { get; init; } = string.Empty;

        /// <summary>The domain global resources are served from; empty for the public-cloud default.</summary>
        public string ServerDomain { get; init; } = string.Empty;

        /// <summary>The storage bucket folder of a private cloud with HDFS/AFS storage; empty when none.</summary>
        public string StorageBucket { get; init; } = string.Empty;

        /// <summary>The user's own version folder below appId_workspaceId; empty when none.</summary>
        public string GlobalVersion { get; init; } = string.Empty;

        /// <summary>Overrides the whole folder path of global resources below the ID folder; empty to compute it.</summary>
        public string GlobalPath { get; init; } = string.Empty;

        /// <summary>Scheme of the public URLs written for global resources.</summary>
        public string UrlScheme { get; init; } = "https";

        /// <summary>Above this many bytes of content a size warning is given; 0 turns it off.</summary>
        public long SizeWarningBytes { get; init; } = DefaultSizeWarningBytes;

        public const long DefaultSizeWarningBytes = 10L * 1024 * 1024;
    }
}
