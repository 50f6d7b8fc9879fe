using System.Collections.Generic;

namespace OfflinePackage.Packaging
{
    /// <summary>
    /// The folders a global resource package puts its files in, which spell the URL the resources are
    /// requested by (the client maps a tar entry to "https://" + its path):
    /// public cloud  &lt;domain&gt;/&lt;appId&gt;_&lt;workspaceId&gt;[/&lt;version&gt;]/...
    /// private cloud &lt;domain&gt;/mcube/[&lt;bucket&gt;/]&lt;appId&gt;_&lt;workspaceId&gt;[/&lt;version&gt;]/...
    /// The private-cloud order of "mcube" and the bucket is not documented; OfflinePackageGlobalPath overrides it.
    /// </summary>
    public static class GlobalLayout
    {
        public const string PublicDomain = "mcube-prod.mpaascloud.com";

        /// <summary>The public-cloud domain of older mPaaS documentation and Alibaba's 2019 demo package.</summary>
        public const string LegacyPublicDomain = "mcube-prod.oss-cn-hangzhou.aliyuncs.com";
        public const string PrivateCloudFolder = "mcube";

        public static string Domain(PackageOptions options) =>
            options.ServerDomain.Length > 0 ? options.ServerDomain
            : options.Cloud == CloudKind.Public ? PublicDomain
            : string.Empty;

        public static string AppFolder(PackageOptions options) => options.AppId + "_" + options.WorkspaceId;

        /// <summary>The '/'-separated folder below the ID folder that holds the global resources.</summary>
        public static string Root(PackageOptions options)
        {
            if (options.GlobalPath.Length > 0)
            {
                // An unsafe override is reported by GlobalPathRule; nothing of it reaches the archive.
                return TargetPaths.Normalize(options.GlobalPath, out _) ?? string.Empty;
            }

            var parts = new List<string> { Domain(options) };
            if (options.Cloud == CloudKind.Private)
            {
                parts.Add(PrivateCloudFolder);
                if (options.StorageBucket.Length > 0)
                {
                    parts.Add(options.StorageBucket);
                }
            }

            parts.Add(AppFolder(options));
            if (options.GlobalVersion.Length > 0)
            {
                parts.Add(options.GlobalVersion);
            }

            return string.Join("/", parts);
        }

        /// <summary>The public URL of a file whose path below the ID folder is <paramref name="targetPath"/>.</summary>
        public static string Url(PackageOptions options, string targetPath) => options.UrlScheme + "://" + targetPath;
    }
}
