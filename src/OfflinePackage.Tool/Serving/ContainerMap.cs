using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Tool.Packages;

namespace OfflinePackage.Tool.Serving
{
    /// <summary>
    /// The container's lookup (spec 1.4): a request to the package's host, vhost/&lt;path&gt;, is answered with tar entry
    /// &lt;path&gt;; a request to https://&lt;entry&gt; with that entry of a global package. Query and fragment are not part
    /// of a name, percent-escapes are decoded, and letter case counts. Anything else is not in the package.
    /// </summary>
    internal sealed class ContainerMap
    {
        private readonly Dictionary<string, byte[]> _global = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        public ContainerMap(PackageContent package, IEnumerable<PackageContent>? globals = null)
        {
            Package = package;
            Host = new Uri(package.Host);
            foreach (var global in globals ?? Enumerable.Empty<PackageContent>())
            {
                foreach (var file in global.Files)
                {
                    // The host part of a URL is case-insensitive; the path part is an exact tar name.
                    var slash = file.Key.IndexOf('/');
                    var key = slash > 0 ? file.Key.Substring(0, slash).ToLowerInvariant() + file.Key.Substring(slash) : file.Key;
                    _global[key] = file.Value;
                }
            }
        }

        public PackageContent Package { get; }

        public Uri Host { get; }

        /// <summary>The file for an absolute URL, or null when the container would go to the network for it.</summary>
        public ServedFile? Resolve(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return null;
            }

            var path = Uri.UnescapeDataString(uri.AbsolutePath);
            if (uri.Scheme == Host.Scheme && string.Equals(uri.Authority, Host.Authority, StringComparison.OrdinalIgnoreCase))
            {
                return ResolvePath(path);
            }

            var key = uri.Host.ToLowerInvariant() + path;
            return uri.Scheme == Uri.UriSchemeHttps && _global.TryGetValue(key, out var data) ? new ServedFile(key, data, ContentTypes.For(key)) : null;
        }

        /// <summary>The package's file for a path below its host ("/www/index.html"), or null.</summary>
        public ServedFile? ResolvePath(string path)
        {
            var name = path.TrimStart('/');
            return Package.Files.TryGetValue(name, out var data) ? new ServedFile(name, data, ContentTypes.For(name)) : null;
        }
    }
}
