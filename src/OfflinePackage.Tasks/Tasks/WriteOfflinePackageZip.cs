using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>Writes the upload zip from the prepared files: deterministic, streamed, and atomic.</summary>
    public sealed class WriteOfflinePackageZip : OfflinePackageTask, ICancelableTask
    {
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        [Required]
        public string PackageId { get; set; } = string.Empty;

        [Required]
        public string ZipPath { get; set; } = string.Empty;

        /// <summary>Seconds since 1970 (SOURCE_DATE_EPOCH) for every entry's timestamp; 1980-01-01 when empty.</summary>
        public string SourceDateEpoch { get; set; } = string.Empty;

        public void Cancel() => _cancel.Cancel();

        public override bool Execute()
        {
            var zipPath = Path.GetFullPath(ZipPath);
            var timestamp = ArchiveTimestamp.FromSourceDateEpoch(SourceDateEpoch) ?? ArchiveTimestamp.Default;
            var sources = Files.Select(f => new ZipSource(f.ItemSpec, f.GetMetadata("TargetPath")));
            try
            {
                ZipPackageWriter.Write(zipPath, PackageId, sources, timestamp, _cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            catch (SourceReadException e)
            {
                Report(DiagnosticCatalog.ResourceReadFailed, e.Path, e.Path, e.Message.TrimEnd('.'));
            }
            catch (ZipLimitException e)
            {
                ReportTooLarge(e, zipPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, zipPath, zipPath, e.Message.TrimEnd('.'));
            }

            return !Log.HasLoggedErrors;
        }
    }
}
