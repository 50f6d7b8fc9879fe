using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Presets;
using OfflinePackage.References;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Checks that every URL the package's pages, stylesheets and scripts load resolves to a file the container
    /// serves offline (this package or a known global package), and reports what needs the network.
    /// </summary>
    public sealed class CheckOfflinePackageReferences : OfflinePackageTask
    {
        /// <summary>The package's files (PrepareOfflinePackage's output), with TargetPath and CheckReferences metadata.</summary>
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        public string PackageId { get; set; } = string.Empty;

        /// <summary>Normal or Global (OfflinePackageResolvedType).</summary>
        public string PackageType { get; set; } = string.Empty;

        public string MainUrl { get; set; } = PackageOptions.DefaultMainUrl;

        public string VirtualDomain { get; set; } = string.Empty;

        public string GlobalRoot { get; set; } = string.Empty;

        public string UrlScheme { get; set; } = "https";

        public string ServerDomain { get; set; } = string.Empty;

        /// <summary>URLs of the files of referenced global package projects.</summary>
        public ITaskItem[] GlobalUrls { get; set; } = new ITaskItem[0];

        /// <summary>urls.json files of global packages built elsewhere (OfflinePackageGlobalUrlList items).</summary>
        public ITaskItem[] GlobalUrlLists { get; set; } = new ITaskItem[0];

        /// <summary>Hosts the pages may need the network for (OfflinePackageNetworkHost items).</summary>
        public ITaskItem[] NetworkHosts { get; set; } = new ITaskItem[0];

        public string CacheFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            var globalUrls = GlobalUrls.Select(u => u.ItemSpec).Concat(GlobalUrlLists.SelectMany(ReadUrlList)).ToList();
            var options = new ReferenceCheckOptions(PackageId, string.Equals(PackageType, "Global", StringComparison.OrdinalIgnoreCase) ? Packaging.PackageType.Global : Packaging.PackageType.Normal)
            {
                MainUrl = MainUrl,
                VirtualDomain = VirtualDomain.Trim(),
                GlobalRoot = GlobalRoot,
                UrlScheme = UrlScheme.Length > 0 ? UrlScheme : "https",
                ServerDomain = ServerDomain.Trim(),
                KnownGlobalUrls = globalUrls,
                NetworkHosts = NetworkHosts.Select(h => h.ItemSpec.Trim()).ToList(),
            };
            var origin = new ResourceSpec(ProjectFile, ProjectFile, ProjectFile);
            var files = Files.Select(f => new PackageFile(f.ItemSpec, f.GetMetadata("TargetPath"), origin)).ToList();
            var skipped = new HashSet<string>(
                Files.Where(f => string.Equals(f.GetMetadata("CheckReferences"), "false", StringComparison.OrdinalIgnoreCase)).Select(f => f.GetMetadata("TargetPath")),
                StringComparer.Ordinal);
            foreach (var diagnostic in ReferenceCheck.Run(options, files, f => !skipped.Contains(f.TargetPath), CacheFile))
            {
                Report(diagnostic);
            }

            return !Log.HasLoggedErrors;
        }

        // The "url" of every resource in a urls.json that WriteOfflinePackageUrlList wrote.
        private IEnumerable<string> ReadUrlList(ITaskItem item)
        {
            var path = item.GetMetadata("FullPath");
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ResourceReadFailed, path, path, e.Message.TrimEnd('.'));
                return Array.Empty<string>();
            }

            var parsed = JsonText.Parse(text);
            var resources = parsed.Value?["resources"];
            if (resources == null || resources.Kind != JsonItemKind.Array)
            {
                var reason = parsed.Error?.ToString() ?? Strings.Get("UrlList_NoResources");
                Report(DiagnosticCatalog.ResourceReadFailed, path, path, reason);
                return Array.Empty<string>();
            }

            return resources.Items.Select(r => r["url"]?.AsString()).Where(u => u != null).Select(u => u!).ToList();
        }
    }
}
