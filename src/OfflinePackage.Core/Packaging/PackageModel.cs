using System;
using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Packaging
{
    /// <summary>What will be packaged: the options and every file, sorted by target path (ordinal, as in the archive).</summary>
    public sealed class PackageModel
    {
        public PackageModel(
            PackageOptions options,
            IEnumerable<PackageFile> files,
            IReadOnlyList<string>? emptyFolders = null,
            int rejectedResources = 0,
            IReadOnlyCollection<PackageType>? listedKinds = null)
        {
            Options = options;
            Files = SortedByTargetPath(files);
            EmptyFolders = emptyFolders ?? Array.Empty<string>();
            RejectedResources = rejectedResources;
            ListedKinds = listedKinds ?? Files.Select(f => f.Kind).Distinct().ToList();
            Type = InferType(options.Type, ListedKinds);
        }

        /// <summary>
        /// Ordinal by target path; files with equal paths keep their listed order (rules report the first listed).
        /// Sorts indices rather than with LINQ's OrderBy, which costs several times more on first use.
        /// </summary>
        private static List<PackageFile> SortedByTargetPath(IEnumerable<PackageFile> files)
        {
            var listed = new List<PackageFile>(files);
            var order = new int[listed.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                var byPath = string.CompareOrdinal(listed[a].TargetPath, listed[b].TargetPath);
                return byPath != 0 ? byPath : a.CompareTo(b);
            });
            var sorted = new List<PackageFile>(order.Length);
            foreach (var i in order)
            {
                sorted.Add(listed[i]);
            }

            return sorted;
        }

        /// <summary>The kinds of items the project listed (OfflineResource: Normal, GlobalResource: Global).</summary>
        public IReadOnlyCollection<PackageType> ListedKinds { get; }

        /// <summary>OfflinePackageType when set; otherwise Global when only GlobalResource items are listed, else Normal.</summary>
        public PackageType Type { get; }

        public static PackageType InferType(PackageType? requested, IReadOnlyCollection<PackageType> listedKinds) =>
            requested ?? (listedKinds.Contains(PackageType.Global) && !listedKinds.Contains(PackageType.Normal) ? PackageType.Global : PackageType.Normal);

        public PackageOptions Options { get; }

        public IReadOnlyList<PackageFile> Files { get; }

        /// <summary>Listed folders that turned out empty, kept to explain an empty package.</summary>
        public IReadOnlyList<string> EmptyFolders { get; }

        /// <summary>Listed resources already reported as errors; rules skip what would only repeat those errors.</summary>
        public int RejectedResources { get; }
    }
}
