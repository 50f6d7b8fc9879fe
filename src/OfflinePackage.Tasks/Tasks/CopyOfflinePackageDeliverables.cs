using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// `dotnet pack` of an offline package project: copies what the build wrote (zip, .amr, h5_json.json,
    /// urls.json, or a bundle's preset files) into the pack output folder, each file atomically.
    /// </summary>
    public sealed class CopyOfflinePackageDeliverables : OfflinePackageTask
    {
        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        [Required]
        public string DestinationFolder { get; set; } = string.Empty;

        /// <summary>The full paths written, in the order of <see cref="Files"/>.</summary>
        [Output]
        public ITaskItem[] CopiedFiles { get; set; } = new ITaskItem[0];

        public override bool Execute()
        {
            var folder = Path.GetFullPath(DestinationFolder);
            var copied = new List<ITaskItem>();
            foreach (var file in Files)
            {
                var source = file.GetMetadata("FullPath");
                var target = Path.Combine(folder, Path.GetFileName(source));
                try
                {
                    using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read))
                    {
                        AtomicFile.Write(target, output => input.CopyTo(output));
                    }

                    copied.Add(new TaskItem(target));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Report(DiagnosticCatalog.ArchiveWriteFailed, target, target, e.Message.TrimEnd('.'));
                }
            }

            CopiedFiles = copied.ToArray();
            return !Log.HasLoggedErrors;
        }
    }
}
