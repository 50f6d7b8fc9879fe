using System;
using System.IO;
using System.Reflection;

namespace OfflinePackage.Packaging
{
    /// <summary>
    /// Resolves where a symbolic link finally points. netstandard2.0 has no API for it, so the .NET 6+
    /// FileSystemInfo.ResolveLinkTarget is called when the host runtime has it; on .NET Framework
    /// (Visual Studio's MSBuild) links cannot be resolved and are treated as unverifiable.
    /// </summary>
    public static class LinkTargets
    {
        private static readonly MethodInfo? Resolve =
            typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        public static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

        /// <summary>The full path the link finally points at, or null when it cannot be resolved (broken link, no API).</summary>
        public static string? FinalTarget(FileSystemInfo link)
        {
            if (Resolve == null)
            {
                return null;
            }

            try
            {
                var target = Resolve.Invoke(link, new object[] { true }) as FileSystemInfo;
                return target != null && target.Exists ? Path.GetFullPath(target.FullName) : null;
            }
            catch (TargetInvocationException e) when (e.InnerException is IOException || e.InnerException is UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it.</summary>
        public static bool IsWithin(string path, string folder)
        {
            var root = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return string.Equals(path, root, PathComparison)
                || path.StartsWith(root + Path.DirectorySeparatorChar, PathComparison);
        }

        private static StringComparison PathComparison =>
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }
}
