using System.Collections.Generic;
using System.Linq;
using System.Text;
using OfflinePackage.Json;

namespace OfflinePackage.Packaging
{
    /// <summary>
    /// The machine-readable list of a global package's public URLs, for frontends and normal packages that
    /// must reference global resources by absolute URL:
    /// { "packageId", "version", "baseUrl", "resources": [ { "path", "url" } ] }, sorted by path.
    /// </summary>
    public static class GlobalUrlList
    {
        public static string Render(string packageId, string version, string scheme, string globalRoot, IEnumerable<string> targetPaths)
        {
            var baseUrl = scheme + "://" + globalRoot + "/";
            var text = new StringBuilder();
            text.Append("{\n");
            text.Append("  \"packageId\": ").Append(JsonText.Quote(packageId)).Append(",\n");
            text.Append("  \"version\": ").Append(JsonText.Quote(version)).Append(",\n");
            text.Append("  \"baseUrl\": ").Append(JsonText.Quote(baseUrl)).Append(",\n");
            text.Append("  \"resources\": [");
            var first = true;
            foreach (var target in targetPaths.OrderBy(p => p, System.StringComparer.Ordinal))
            {
                var path = target.StartsWith(globalRoot + "/", System.StringComparison.Ordinal) ? target.Substring(globalRoot.Length + 1) : target;
                text.Append(first ? "\n" : ",\n");
                text.Append("    { \"path\": ").Append(JsonText.Quote(path)).Append(", \"url\": ").Append(JsonText.Quote(scheme + "://" + target)).Append(" }");
                first = false;
            }

            text.Append(first ? "]\n" : "\n  ]\n");
            text.Append("}\n");
            return text.ToString();
        }
    }
}
