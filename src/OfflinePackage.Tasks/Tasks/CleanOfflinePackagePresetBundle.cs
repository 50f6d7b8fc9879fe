using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Presets;

namespace OfflinePackage.Tasks
{
    /// <summary>Clean for a preset bundle: removes the files the last bundle build wrote, and nothing else.</summary>
    public sealed class CleanOfflinePackagePresetBundle : OfflinePackageTask
    {
        [Required]
        public string StateFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                PresetBundle.Clean(Path.GetFullPath(StateFile));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Clean is best effort: a locked file stays (the next bundle build rewrites it) and the reason is logged.
                Log.LogMessage(MessageImportance.Low, e.Message);
            }

            return true;
        }
    }
}
