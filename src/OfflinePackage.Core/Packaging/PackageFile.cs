namespace OfflinePackage.Packaging
{
    /// <summary>A file that goes into the package: where it comes from and where it lands below the ID folder.</summary>
    public sealed class PackageFile
    {
        public PackageFile(string sourcePath, string targetPath, ResourceSpec origin, string? namedPath = null, long length = -1)
        {
            SourcePath = sourcePath;
            TargetPath = targetPath;
            Origin = origin;
            NamedPath = namedPath ?? targetPath;
            Length = length;
        }

        public string SourcePath { get; }

        /// <summary>'/'-separated path below the ID folder, e.g. www/assets/index-3f2a.js: the tar entry name.</summary>
        public string TargetPath { get; }

        /// <summary>
        /// The tail of <see cref="TargetPath"/> whose names come from the project (the whole path for normal
        /// resources, the path below the computed domain/app folders for global ones): what name rules check.
        /// </summary>
        public string NamedPath { get; }

        /// <summary>Size in bytes when the file was listed; -1 when unknown.</summary>
        public long Length { get; }

        public ResourceSpec Origin { get; }

        public PackageType Kind => Origin.Kind;
    }
}
