using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Writes the package's own h5_json.json (spec §3.6) next to its .amr: one data entry in the console's shape.
    /// The file is rewritten only when its content changes. Virtual domain and extension info are checked first.
    /// </summary>
    public sealed class WriteOfflinePackageH5Json : OfflinePackageTask
    {
        [Required]
        public string PackageId { get; set; } = string.Empty;

        [Required]
        public string PackageVersion { get; set; } = string.Empty;

        [Required]
        public string H5JsonPath { get; set; } = string.Empty;

        public string VirtualDomain { get; set; } = string.Empty;

        public string MainUrl { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;

        public string ExtendInfo { get; set; } = string.Empty;

        public string PackageUrl { get; set; } = string.Empty;

        public string FallbackBaseUrl { get; set; } = string.Empty;

        public string GlobalPackUrl { get; set; } = string.Empty;

        public string IconUrl { get; set; } = string.Empty;

        public string SubUrl { get; set; } = string.Empty;

        public string Patch { get; set; } = string.Empty;

        public string AutoInstall { get; set; } = string.Empty;

        public string InstallType { get; set; } = string.Empty;

        public string Online { get; set; } = string.Empty;

        public override bool Execute()
        {
            var properties = new PropertyReader();
            var settings = new H5JsonEntrySettings(PackageId, PackageVersion, VirtualDomain)
            {
                Name = Name.Trim(),
                Description = Description.Trim(),
                MainUrl = MainUrl.Trim(),
                ExtendInfo = ExtendInfo,
                PackageUrl = PackageUrl.Trim(),
                FallbackBaseUrl = FallbackBaseUrl.Trim(),
                GlobalPackUrl = GlobalPackUrl.Trim(),
                IconUrl = IconUrl.Trim(),
                SubUrl = SubUrl.Trim(),
                Patch = Patch.Trim(),
                AutoInstall = Flag(properties, "OfflinePackageAutoInstall", AutoInstall, H5JsonEntry.DefaultAutoInstall),
                InstallType = Flag(properties, "OfflinePackageInstallType", InstallType, H5JsonEntry.DefaultInstallType),
                Online = Flag(properties, "OfflinePackageOnline", Online, H5JsonEntry.DefaultOnline),
            };
            foreach (var diagnostic in properties.Diagnostics)
            {
                Report(diagnostic);
            }

            var entry = H5JsonEntry.Create(settings);
            foreach (var finding in entry.Findings)
            {
                var property = finding.Kind.ToString().StartsWith("VirtualDomain", StringComparison.Ordinal) ? "OfflinePackageVirtualDomain" : "OfflinePackageExtendInfo";
                var diagnostic = PresetDiagnostics.ToDiagnostic(finding, Subject.Property(property));
                Report(diagnostic);
            }

            if (Log.HasLoggedErrors || entry.Value == null)
            {
                return false;
            }

            var path = Path.GetFullPath(H5JsonPath);
            try
            {
                FileUpdate.WriteIfChanged(path, new H5JsonDocument(new[] { entry.Value }).ToUtf8Bytes());
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, path, path, e.Message.TrimEnd('.'));
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary>auto_install, installType and online: 0 or 1 in everything the console writes (spec §3.6).</summary>
        private static int Flag(PropertyReader properties, string property, string value, int fallback) =>
            properties.OneOf(property, value, "0", "1") is string text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
