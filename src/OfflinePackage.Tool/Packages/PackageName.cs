using System.IO;

namespace OfflinePackage.Tool.Packages
{
    /// <summary>The version in a file name the SDK writes: &lt;id&gt;_&lt;version&gt;.zip or .amr.</summary>
    internal static class PackageName
    {
        public static string VersionOf(string path, string id)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            return name.StartsWith(id + "_", System.StringComparison.Ordinal) ? name.Substring(id.Length + 1) : string.Empty;
        }
    }
}
