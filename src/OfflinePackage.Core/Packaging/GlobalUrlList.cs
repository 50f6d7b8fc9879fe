using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

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
            text.Append("  \"packageId\": ").Append(Quote(packageId)).Append(",\n");
            text.Append("  \"version\": ").Append(Quote(version)).Append(",\n");
            text.Append("  \"baseUrl\": ").Append(Quote(baseUrl)).Append(",\n");
            text.Append("  \"resources\": [");
            var first = true;
            foreach (var target in targetPaths.OrderBy(p => p, System.StringComparer.Ordinal))
            {
                var path = target.StartsWith(globalRoot + "/", System.StringComparison.Ordinal) ? target.Substring(globalRoot.Length + 1) : target;
                text.Append(first ? "\n" : ",\n");
                text.Append("    { \"path\": ").Append(Quote(path)).Append(", \"url\": ").Append(Quote(scheme + "://" + target)).Append(" }");
                first = false;
            }

            text.Append(first ? "]\n" : "\n  ]\n");
            text.Append("}\n");
            return text.ToString();
        }

        /// <summary>A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.</summary>
        public static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }
    }
}
