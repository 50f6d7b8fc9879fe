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
        private readonly string? _projectDirectory;
        private readonly string _globalRoot;

        /// <param name="projectDirectory">Links may point anywhere below it (or below the listed folder itself).</param>
        /// <param name="globalRoot">The folder below the ID folder that GlobalResource paths are relative to.</param>
        public ResourceResolver(string? projectDirectory = null, string globalRoot = "")
        {
            _projectDirectory = projectDirectory == null ? null : Path.GetFullPath(projectDirectory);
            _globalRoot = globalRoot;
        }

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
                    ItemLocation(resource),
                    resource.ItemSpec,
                    resource.FullPath,
                    CaseMismatchHint(resource.FullPath)));
            }
        }

        private static Subject ItemLocation(ResourceSpec resource) =>
            Subject.Item(resource.Kind == PackageType.Global ? "GlobalResource" : "OfflineResource", resource.ItemSpec, resource.DefiningProject);

        private string DefaultFolder(ResourceSpec resource) =>
            resource.Kind == PackageType.Global ? string.Empty : TargetPaths.DefaultFolder;

        /// <summary>The path below the ID folder for a path relative to the item's kind root.</summary>
        private string BelowIdFolder(ResourceSpec resource, string path) =>
            resource.Kind == PackageType.Global ? TargetPaths.Combine(_globalRoot, path) : path;

        private void AddFolder(ResourceSpec resource)
        {
            var folder = DefaultFolder(resource);
            if (resource.TargetPath != null && !TryNormalizeTarget(resource, out folder))
            {
                return;
            }

            var root = new DirectoryInfo(Path.GetFullPath(resource.FullPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var realRoot = root.FullName;
            if (LinkTargets.IsLink(root) && !TryResolveListedLink(root, out realRoot))
            {
                return;
            }

            int count;
            try
            {
                count = new FolderWalk(this, resource, folder, realRoot).Walk(root, string.Empty, realRoot, out _);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                RejectedCount++;
                _diagnostics.Add(new Diagnostic(DiagnosticCatalog.ResourceReadFailed, new Subject(root.FullName), root.FullName, e.Message.TrimEnd('.')));
                return;
            }

            if (count == 0)
            {
                _emptyFolders.Add(resource.ItemSpec);
                if (FolderWalk.IsEmpty(root))
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticCatalog.EmptyFolder, new Subject(root.FullName), resource.ItemSpec));
                }
            }
        }

        /// <summary>
        /// Walks a listed folder without following links blindly: a link must resolve inside the project or the
        /// listed folder, and a folder link must not lead back into a folder being walked (a loop).
        /// </summary>
        private sealed class FolderWalk
        {
            private readonly ResourceResolver _owner;
            private readonly ResourceSpec _resource;
            private readonly string _targetFolder;
            private readonly string _listedRoot;
            private readonly HashSet<string> _activeFolders = new HashSet<string>(StringComparer.Ordinal);

            public FolderWalk(ResourceResolver owner, ResourceSpec resource, string targetFolder, string listedRoot)
            {
                _owner = owner;
                _resource = resource;
                _targetFolder = targetFolder;
                _listedRoot = listedRoot;
            }

            /// <summary>Adds the files below <paramref name="folder"/>; returns how many, and whether it held anything at all.</summary>
            public int Walk(DirectoryInfo folder, string relativeFolder, string realFolder, out bool hadEntries)
            {
                _activeFolders.Add(realFolder);
                hadEntries = false;
                var count = 0;
                foreach (var entry in folder.EnumerateFileSystemInfos())
                {
                    hadEntries = true;
                    var relative = relativeFolder.Length == 0 ? entry.Name : relativeFolder + "/" + entry.Name;
                    string? real = null;
                    if (LinkTargets.IsLink(entry) && !TryFollow(entry, relative, out real))
                    {
                        continue;
                    }

                    if (entry is DirectoryInfo subfolder)
                    {
                        real ??= Path.Combine(realFolder, entry.Name);
                        if (_activeFolders.Contains(real))
                        {
                            ReportLink(entry, real, Texts.Reason_LinkLoop);
                            continue;
                        }

                        // Only a folder with nothing at all in it is reported: its parents are empty because of it,
                        // and a folder that held only junk was never meant to ship. (Walking it finds that out
                        // without listing it twice.)
                        count += Walk(subfolder, relative, real, out var subfolderHadEntries);
                        if (!subfolderHadEntries)
                        {
                            _owner._diagnostics.Add(new Diagnostic(DiagnosticCatalog.EmptyFolder, new Subject(entry.FullName), relative));
                        }
                    }
                    else if (!_owner.IsJunk(entry.FullName, relative))
                    {
                        var target = TargetPaths.Combine(_targetFolder, relative);
                        _owner._files.Add(new PackageFile(entry.FullName, _owner.BelowIdFolder(_resource, target), _resource, target, Length(entry)));
                        count++;
                    }
                }

                _activeFolders.Remove(realFolder);
                return count;
            }

            private bool TryFollow(FileSystemInfo link, string relative, out string real)
            {
                real = LinkTargets.FinalTarget(link) ?? string.Empty;
                if (real.Length == 0)
                {
                    ReportLink(link, "?", Texts.Reason_LinkUnresolved);
                    return false;
                }

                var inside = LinkTargets.IsWithin(real, _listedRoot)
                    || (_owner._projectDirectory != null && LinkTargets.IsWithin(real, _owner._projectDirectory));
                if (!inside)
                {
                    ReportLink(link, real, Texts.Reason_LinkOutside);
                    return false;
                }

                return true;
            }

            private void ReportLink(FileSystemInfo link, string target, string reason) =>
                _owner._diagnostics.Add(new Diagnostic(
                    DiagnosticCatalog.LinkOutsideProject,
                    new Subject(link.FullName),
                    link.FullName,
                    target,
                    reason));

            public static bool IsEmpty(DirectoryInfo folder) => !folder.EnumerateFileSystemInfos().Any();

            private static long Length(FileSystemInfo file) => file is FileInfo info ? info.Length : -1;
        }

        private void AddFile(ResourceSpec resource)
        {
            var fullPath = Path.GetFullPath(resource.FullPath);
            var info = new FileInfo(fullPath);
            if (LinkTargets.IsLink(info) && !IsLinkInsideProject(info))
            {
                return;
            }

            var relative = (resource.RecursiveDir.Replace('\\', '/') + Path.GetFileName(fullPath)).TrimStart('/');
            if (IsJunk(fullPath, relative))
            {
                return;
            }

            string target;
            if (resource.TargetPath == null)
            {
                target = TargetPaths.Combine(DefaultFolder(resource), relative);
            }
            else if (!TryNormalizeTarget(resource, out target))
            {
                return;
            }
            else if (target.Length == 0)
            {
                ReportUnsafe(resource, Texts.Reason_NoFileName);
                return;
            }

            _files.Add(new PackageFile(fullPath, BelowIdFolder(resource, target), resource, target, info.Length));
        }

        /// <summary>A file listed on its own may be a link only to a file inside the project.</summary>
        private bool IsLinkInsideProject(FileInfo link) => TryResolveListedLink(link, out _);

        /// <summary>A listed file or folder that is a link must resolve inside the project folder.</summary>
        private bool TryResolveListedLink(FileSystemInfo link, out string target)
        {
            target = LinkTargets.FinalTarget(link) ?? string.Empty;
            var reason = target.Length == 0 ? Texts.Reason_LinkUnresolved
                : _projectDirectory != null && !LinkTargets.IsWithin(target, _projectDirectory) ? Texts.Reason_ListedLinkOutside
                : null;
            if (reason != null)
            {
                RejectedCount++;
                _diagnostics.Add(new Diagnostic(DiagnosticCatalog.LinkOutsideProject, new Subject(link.FullName), link.FullName, target.Length == 0 ? "?" : target, reason));
            }

            return reason == null;
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
                ItemLocation(resource),
                resource.TargetPath ?? string.Empty,
                resource.ItemSpec,
                reason));
        }

        private bool IsJunk(string fullPath, string relative)
        {
            var why = JunkFiles.WhyJunk(relative);
            if (why != null)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCatalog.JunkFileSkipped, new Subject(fullPath), relative, why));
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
                return match == null ? string.Empty : Texts.Hint_CaseMismatch.With(match);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                return string.Empty;
            }
        }
    }
}
