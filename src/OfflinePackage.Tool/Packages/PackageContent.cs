using System;
using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>
    /// One offline package as the container holds it after unpacking: its files keyed by their path below the ID
    /// folder (the tar entry name; exact, case-sensitive), its ID and version, and for a normal package the host
    /// (vhost) and main URL its page is opened at.
    /// </summary>
    internal sealed class PackageContent
    {
        /// <summary>Stands in for the virtual domain when none is known: only "this package's host" matters.</summary>
        public const string PlaceholderVirtualDomain = "offline-package.invalid";

        public PackageContent(string id, string version, IReadOnlyDictionary<string, byte[]> files, string? mainUrl = null, string? host = null)
        {
            Id = id;
            Version = version;
            Files = files;
            MainUrl = string.IsNullOrEmpty(mainUrl) ? DefaultMainUrl(files) : (mainUrl!.StartsWith("/", StringComparison.Ordinal) ? mainUrl : "/" + mainUrl);
            Host = (string.IsNullOrEmpty(host) ? "https://" + id + "." + PlaceholderVirtualDomain : host!).TrimEnd('/');
        }

        public string Id { get; }

        public string Version { get; }

        public IReadOnlyDictionary<string, byte[]> Files { get; }

        /// <summary>The main entry below the host, e.g. "/www/index.html" (may carry a query or hash).</summary>
        public string MainUrl { get; }

        /// <summary>The vhost, e.g. "https://20171228.h5app.com".</summary>
        public string Host { get; }

        public string EntryUrl => Host + MainUrl;

        /// <summary>The package path of the main entry (no query, no hash).</summary>
        public string MainPath => MainUrl.TrimStart('/').Split('?', '#')[0];

        /// <summary>
        /// A global package's files sit below a domain folder (spec 1.3) and it has no page: no file at the main
        /// entry, and every first path segment is a host name.
        /// </summary>
        public bool LooksGlobal =>
            Files.Count > 0 && !Files.ContainsKey(MainPath) && Files.Keys.All(p => p.IndexOf('/') > 0 && p.Substring(0, p.IndexOf('/')).Contains('.'));

        public string Name => Version.Length > 0 ? Id + "_" + Version : Id;

        private static string DefaultMainUrl(IReadOnlyDictionary<string, byte[]> files) =>
            !files.ContainsKey("www/index.html") && files.ContainsKey("index.html") ? "/index.html" : "/www/index.html";
    }
}
