using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using OfflinePackage.Packaging;

namespace OfflinePackage.References
{
    /// <summary>
    /// The URL space the container serves (spec 1.4): a normal package's file 'p' at https://&lt;id&gt;.&lt;virtual
    /// domain&gt;/p, a global package's file at &lt;scheme&gt;://p, plus the files of the global packages this build
    /// knows. Lookups are exact (the container's tar lookup is case-sensitive), with a case-insensitive fallback to
    /// name the file a reference probably meant.
    /// </summary>
    public sealed class ContainerUrls
    {
        private readonly string _scheme;
        private readonly Dictionary<string, PackageFile?> _exact = new Dictionary<string, PackageFile?>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _ignoringCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _globalHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            GlobalLayout.PublicDomain,
            GlobalLayout.LegacyPublicDomain,
        };

        public ContainerUrls(ReferenceCheckOptions options, IEnumerable<PackageFile> files)
        {
            _scheme = options.UrlScheme;
            IsGlobal = options.Type == PackageType.Global;
            if (IsGlobal)
            {
                OwnPrefix = Key(options.GlobalRoot) + "/";
                OwnHost = OwnPrefix.Substring(0, OwnPrefix.IndexOf('/'));
                _globalHosts.Add(OwnHost);
            }
            else
            {
                OwnHost = (options.PackageId + "." + (options.VirtualDomain.Length > 0 ? options.VirtualDomain : ReferenceCheckOptions.PlaceholderVirtualDomain)).ToLowerInvariant();
                OwnPrefix = OwnHost + "/";
                MainFolder = MainEntryFolder(options.MainUrl);
            }

            if (options.ServerDomain.Length > 0)
            {
                _globalHosts.Add(options.ServerDomain);
            }

            foreach (var file in files)
            {
                Add(IsGlobal ? Key(file.TargetPath) : OwnPrefix + file.TargetPath, file);
            }

            foreach (var url in options.KnownGlobalUrls)
            {
                var parsed = new Url(url);
                if (!parsed.IsInvalid && parsed.Host.Length > 0)
                {
                    _globalHosts.Add(parsed.Host);
                    Add(Key(parsed), null);
                    KnowsGlobalPackages = true;
                }
            }
        }

        public bool IsGlobal { get; }

        /// <summary>The host this package's files are served from (lower case).</summary>
        public string OwnHost { get; }

        /// <summary>host/path prefix of this package's own files: the host for a normal package, the global root for a global one.</summary>
        public string OwnPrefix { get; }

        /// <summary>The folder of the main entry below the package root, with a trailing '/' (www/), or empty.</summary>
        public string MainFolder { get; } = string.Empty;

        public bool KnowsGlobalPackages { get; }

        /// <summary>The package's own URL of a file.</summary>
        public string UrlOf(PackageFile file) => IsGlobal ? _scheme + "://" + file.TargetPath : "https://" + OwnPrefix + file.TargetPath;

        public bool IsGlobalHost(string host) => _globalHosts.Contains(host);

        public bool Contains(string key) => _exact.ContainsKey(key);

        /// <summary>The key of a file with the same letters in another case, or null.</summary>
        public string? OtherCase(string key) => _ignoringCase.TryGetValue(key, out var real) && real != key ? real : null;

        /// <summary>host/decoded-path: what the container compares with a tar entry (queries and fragments are not part of it).</summary>
        public static string Key(Url url) => url.Host.ToLowerInvariant() + "/" + Decode(url.Path);

        private static string Key(string hostAndPath)
        {
            var slash = hostAndPath.IndexOf('/');
            return slash < 0 ? hostAndPath.ToLowerInvariant() : hostAndPath.Substring(0, slash).ToLowerInvariant() + hostAndPath.Substring(slash);
        }

        private static string Decode(string path)
        {
            try
            {
                return Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return path;
            }
        }

        private static string MainEntryFolder(string mainUrl)
        {
            var path = mainUrl.Split('?', '#')[0].TrimStart('/');
            var slash = path.LastIndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash + 1);
        }

        private void Add(string key, PackageFile? file)
        {
            if (!_exact.ContainsKey(key))
            {
                _exact.Add(key, file);
            }

            if (!_ignoringCase.ContainsKey(key))
            {
                _ignoringCase.Add(key, key);
            }
        }
    }
}
