using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Tasks
{
    /// <summary>Writes the public URL of every global resource next to the zip, atomically.</summary>
    public sealed class WriteOfflinePackageUrlList : OfflinePackageTask
    {
        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        [Required]
        public string ListPath { get; set; } = string.Empty;

        [Required]
        public string PackageId { get; set; } = string.Empty;

        public string PackageVersion { get; set; } = string.Empty;

        [Required]
        public string GlobalRoot { get; set; } = string.Empty;

        public string UrlScheme { get; set; } = "https";

        public override bool Execute()
        {
            var json = GlobalUrlList.Render(PackageId, PackageVersion, UrlScheme, GlobalRoot, Files.Select(f => f.GetMetadata("TargetPath")));
            try
            {
                AtomicFile.Write(ListPath, stream =>
                {
                    var bytes = new UTF8Encoding(false).GetBytes(json);
                    stream.Write(bytes, 0, bytes.Length);
                });
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var path = Path.GetFullPath(ListPath);
                Report(DiagnosticCatalog.ArchiveWriteFailed, path, path, e.Message.TrimEnd('.'));
            }

            return !Log.HasLoggedErrors;
        }
    }
}
