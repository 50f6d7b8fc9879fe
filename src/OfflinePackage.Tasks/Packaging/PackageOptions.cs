namespace OfflinePackage.Packaging
{
    /// <summary>The package-level settings, as given by the OfflinePackage* properties.</summary>
    public sealed class PackageOptions
    {
        public const string DefaultMainUrl = "/www/index.html";
        public const string DefaultVersion = "1.0.0.0";

        public PackageOptions(string id, string projectFile)
        {
            Id = id;
            ProjectFile = projectFile;
        }

        public string Id { get; }

        /// <summary>The project that set the properties: where property problems are reported.</summary>
        public string ProjectFile { get; }

        public string Version { get; init; } = DefaultVersion;

        public string MainUrl { get; init; } = DefaultMainUrl;
    }
}
