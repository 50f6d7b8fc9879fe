using System;
using System.Collections.Generic;
using OfflinePackage.Packaging;

namespace OfflinePackage.References
{
    /// <summary>What the reference check needs to know beyond the package's files.</summary>
    public sealed class ReferenceCheckOptions
    {
        /// <summary>The host of a normal package when no virtual domain is set: any name works, the check only needs "this package's host".</summary>
        public const string PlaceholderVirtualDomain = "offline-package.invalid";

        public ReferenceCheckOptions(string packageId, PackageType type)
        {
            PackageId = packageId;
            Type = type;
        }

        public string PackageId { get; }

        public PackageType Type { get; }

        public string MainUrl { get; init; } = PackageOptions.DefaultMainUrl;

        /// <summary>OfflinePackageVirtualDomain; empty for the placeholder.</summary>
        public string VirtualDomain { get; init; } = string.Empty;

        /// <summary>A global package's folder below the ID folder (domain/…/appId_workspaceId), which spells its URLs.</summary>
        public string GlobalRoot { get; init; } = string.Empty;

        /// <summary>The scheme of a global package's URLs.</summary>
        public string UrlScheme { get; init; } = "https";

        /// <summary>OfflinePackageServerDomain: one more host of global resources besides the public-cloud ones.</summary>
        public string ServerDomain { get; init; } = string.Empty;

        /// <summary>Public URLs of the files of global packages this build knows (referenced projects, urls.json items).</summary>
        public IReadOnlyCollection<string> KnownGlobalUrls { get; init; } = Array.Empty<string>();

        /// <summary>Hosts whose references are expected to need the network (OfflinePackageNetworkHost items).</summary>
        public IReadOnlyCollection<string> NetworkHosts { get; init; } = Array.Empty<string>();
    }
}
