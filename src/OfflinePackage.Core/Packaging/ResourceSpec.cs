namespace OfflinePackage.Packaging
{
    /// <summary>One OfflineResource or GlobalResource item as the project listed it: a folder, a file, or a file from a glob.</summary>
    public sealed class ResourceSpec
    {
        public ResourceSpec(string itemSpec, string fullPath, string definingProject)
        {
            ItemSpec = itemSpec;
            FullPath = fullPath;
            DefiningProject = definingProject;
        }

        /// <summary>The Include value as evaluated, for messages.</summary>
        public string ItemSpec { get; }

        public string FullPath { get; }

        /// <summary>The project file that declared the item: where a bad item is reported.</summary>
        public string DefiningProject { get; }

        /// <summary>Explicit TargetPath metadata, or null to use the default.</summary>
        public string? TargetPath { get; init; }

        /// <summary>The %(RecursiveDir) of a file matched by a glob; empty otherwise.</summary>
        public string RecursiveDir { get; init; } = string.Empty;

        /// <summary>OfflineResource items are Normal, GlobalResource items Global.</summary>
        public PackageType Kind { get; init; } = PackageType.Normal;

        /// <summary>AllowUnsafeNames metadata: the URL-safe-name rule is waived for this item's files.</summary>
        public bool AllowUnsafeNames { get; init; }

        /// <summary>CheckReferences metadata: false leaves this item's files out of the reference check (vendored code).</summary>
        public bool CheckReferences { get; init; } = true;
    }
}
