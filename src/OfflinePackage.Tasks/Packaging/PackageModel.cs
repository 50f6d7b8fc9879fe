using System;
using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Packaging
{
    /// <summary>What will be packaged: the options and every file, sorted by target path (ordinal, as in the archive).</summary>
    public sealed class PackageModel
    {
        public PackageModel(PackageOptions options, IEnumerable<PackageFile> files, IReadOnlyList<string>? emptyFolders = null, int rejectedResources = 0)
        {
            Options = options;
            Files = files.OrderBy(f => f.TargetPath, StringComparer.Ordinal).ToList();
            EmptyFolders = emptyFolders ?? Array.Empty<string>();
            RejectedResources = rejectedResources;
        }

        public PackageOptions Options { get; }

        public IReadOnlyList<PackageFile> Files { get; }

        /// <summary>Listed folders that turned out empty, kept to explain an empty package.</summary>
        public IReadOnlyList<string> EmptyFolders { get; }

        /// <summary>Listed resources already reported as errors; rules skip what would only repeat those errors.</summary>
        public int RejectedResources { get; }
    }
}
