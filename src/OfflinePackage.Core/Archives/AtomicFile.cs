using System;
using System.IO;

namespace OfflinePackage.Archives
{
    /// <summary>
    /// Writes a file through a temporary sibling that replaces the target only when complete, so a failed,
    /// cancelled or killed build never leaves a truncated file at the target path.
    /// </summary>
    public static class AtomicFile
    {
        public static void Write(string path, Action<FileStream> write)
        {
            var fullPath = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(fullPath)!;
            Directory.CreateDirectory(directory);
            DeleteLeftovers(directory, Path.GetFileName(fullPath));
            var temp = Path.Combine(directory, TempPrefix(Path.GetFileName(fullPath)) + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                MoveIntoPlace(temp, fullPath);
            }
            catch
            {
                TryDelete(temp);
                throw;
            }
        }

        /// <summary>The name every temporary file of <paramref name="fileName"/> starts with.</summary>
        public static string TempPrefix(string fileName) => "." + fileName + ".";

        /// <summary>Removes temporary files that a killed build left behind for the same target.</summary>
        private static void DeleteLeftovers(string directory, string fileName)
        {
            foreach (var leftover in Directory.EnumerateFiles(directory, TempPrefix(fileName) + "*.tmp"))
            {
                TryDelete(leftover);
            }
        }

        private static void MoveIntoPlace(string temp, string target)
        {
            if (File.Exists(target))
            {
                // A rename over the old file: readers see the old or the new file, never a mix.
                File.Replace(temp, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, target);
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Best effort: the temporary file is hidden and never mistaken for the output.
            }
        }
    }
}
