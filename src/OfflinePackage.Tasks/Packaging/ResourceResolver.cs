using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Packaging
{
    /// <summary>
    /// Expands OfflineResource items into package files when the build runs, so that files a frontend
    /// build wrote earlier in the same build are seen. Folders are walked; files map through TargetPath.
    /// </summary>
    public sealed class ResourceResolver
    {
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
        private readonly List<PackageFile> _files = new List<PackageFile>();
        private readonly List<string> _emptyFolders = new List<string>();

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        public IReadOnlyList<PackageFile> Files => _files;

        /// <summary>How many listed resources were rejected with an error (missing, unreadable, bad TargetPath).</summary>
        public int RejectedCount { get; private set; }

        /// <summary>Listed folders that held no files (after junk was left out): a hint when the package is empty.</summary>
        public IReadOnlyList<string> EmptyFolders => _emptyFolders;

        public void Add(ResourceSpec resource)
        {
            if (Directory.Exists(resource.FullPath))
            {
                AddFolder(resource);
            }
            else if (File.Exists(resource.FullPath))
            {
                AddFile(resource);
            }
            else
            {
                RejectedCount++;
                _diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.ResourceNotFound,
                    new SourceLocation(resource.DefiningProject),
                    resource.ItemSpec,
                    resource.FullPath,
                    CaseMismatchHint(resource.FullPath)));
            }
        }

        private void AddFolder(ResourceSpec resource)
        {
            var folder = TargetPaths.DefaultFolder;
            if (resource.TargetPath != null && !TryNormalizeTarget(resource, out folder))
            {
                return;
            }

            var root = Path.GetFullPath(resource.FullPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var count = 0;
            try
            {
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                {
                    var relative = file.Substring(root.Length + 1).Replace(Path.DirectorySeparatorChar, '/');
                    if (IsJunk(file, relative))
                    {
                        continue;
                    }

                    _files.Add(new PackageFile(file, TargetPaths.Combine(folder, relative), resource));
                    count++;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                RejectedCount++;
                _diagnostics.Add(new Diagnostic(DiagnosticCatalog.ResourceReadFailed, new SourceLocation(root), root, e.Message));
                return;
            }

            if (count == 0)
            {
                _emptyFolders.Add(resource.ItemSpec);
            }
        }

        private void AddFile(ResourceSpec resource)
        {
            var fullPath = Path.GetFullPath(resource.FullPath);
            var relative = (resource.RecursiveDir.Replace('\\', '/') + Path.GetFileName(fullPath)).TrimStart('/');
            if (IsJunk(fullPath, relative))
            {
                return;
            }

            string target;
            if (resource.TargetPath == null)
            {
                target = TargetPaths.Combine(TargetPaths.DefaultFolder, relative);
            }
            else if (!TryNormalizeTarget(resource, out target))
            {
                return;
            }
            else if (target.Length == 0)
            {
                ReportUnsafe(resource, Strings.Get("Reason_NoFileName"));
                return;
            }

            _files.Add(new PackageFile(fullPath, target, resource));
        }

        private bool TryNormalizeTarget(ResourceSpec resource, out string normalized)
        {
            var result = TargetPaths.Normalize(resource.TargetPath!, out var reason);
            normalized = result ?? string.Empty;
            if (result == null)
            {
                ReportUnsafe(resource, reason!);
                return false;
            }

            return true;
        }

        private void ReportUnsafe(ResourceSpec resource, string reason)
        {
            RejectedCount++;
            _diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.UnsafeTargetPath,
                new SourceLocation(resource.DefiningProject),
                resource.TargetPath ?? string.Empty,
                resource.ItemSpec,
                reason));
        }

        private bool IsJunk(string fullPath, string relative)
        {
            var why = JunkFiles.WhyJunk(relative);
            if (why != null)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCatalog.JunkFileSkipped, new SourceLocation(fullPath), relative, why));
            }

            return why != null;
        }

        /// <summary>On case-sensitive file systems, names the entry that differs from the missing path only by case.</summary>
        private static string CaseMismatchHint(string fullPath)
        {
            try
            {
                var trimmed = Path.GetFullPath(fullPath).TrimEnd('/', '\\');
                var parent = Path.GetDirectoryName(trimmed);
                var name = Path.GetFileName(trimmed);
                if (parent == null || !Directory.Exists(parent))
                {
                    return string.Empty;
                }

                var match = Directory.EnumerateFileSystemEntries(parent)
                    .Select(Path.GetFileName)
                    .FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                return match == null ? string.Empty : string.Format(Strings.Get("Hint_CaseMismatch"), match);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                return string.Empty;
            }
        }
    }
}
