namespace OfflinePackage.Packaging
{
    /// <summary>A file that goes into the package: where it comes from and where it lands below the ID folder.</summary>
    public sealed class PackageFile
    {
        public PackageFile(string sourcePath, string targetPath, ResourceSpec origin)
        {
            SourcePath = sourcePath;
            TargetPath = targetPath;
            Origin = origin;
        }

        public string SourcePath { get; }

        /// <summary>'/'-separated path below the ID folder, e.g. www/assets/index-3f2a.js.</summary>
        public string TargetPath { get; }

        public ResourceSpec Origin { get; }
    }
}
