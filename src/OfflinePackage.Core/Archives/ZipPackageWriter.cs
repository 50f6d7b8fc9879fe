using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OfflinePackage.Archives
{
    /// <summary>A file to put in an upload zip: its source and its '/'-separated path below the ID folder.</summary>
    public readonly struct ZipSource
    {
        public ZipSource(string sourcePath, string targetPath)
        {
            SourcePath = sourcePath;
            TargetPath = targetPath;
        }

        public string SourcePath { get; }

        public string TargetPath { get; }
    }

    /// <summary>
    /// Writes the upload zip: a single root folder named after the package ID, an entry for every folder
    /// (as `zip -r` writes them), and the files, all in ordinal path order, written atomically.
    /// Small files are compressed on all cores ahead of the writer, within a bounded window of memory;
    /// large files are streamed by the writer. The bytes do not depend on which thread did what.
    /// </summary>
    public static class ZipPackageWriter
    {
        /// <summary>Files up to this size are read whole and compressed in parallel; larger ones are streamed.</summary>
        public const long ParallelFileLimit = 4L * 1024 * 1024;

        /// <summary>At most this many bytes of source files are read ahead of the writer.</summary>
        public const long ReadAheadLimit = 64L * 1024 * 1024;

        public static void Write(
            string zipPath,
            string packageId,
            IEnumerable<ZipSource> files,
            DateTime timestamp,
            CancellationToken cancellationToken = default)
        {
            var entries = Layout(packageId, files);
            AtomicFile.Write(zipPath, stream =>
            {
                var zip = new DeterministicZipWriter(stream, timestamp, Level);
                using var readAhead = new ReadAhead(entries, cancellationToken);
                for (var i = 0; i < entries.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var entry = entries[i];
                    if (entry.Value == null)
                    {
                        zip.AddDirectory(entry.Key);
                    }
                    else if (readAhead.TryTake(i, out var prepared))
                    {
                        zip.AddCompressed(entry.Key, prepared);
                    }
                    else
                    {
                        AddStreamed(zip, entry.Key, entry.Value, cancellationToken);
                    }
                }

                zip.Finish();
            });
        }

        private const CompressionLevel Level = CompressionLevel.Optimal;

        private static void AddStreamed(DeterministicZipWriter zip, string name, string sourcePath, CancellationToken cancellationToken)
        {
            using var source = OpenSource(sourcePath);
            try
            {
                zip.AddFile(name, source, cancellationToken, CompressionChoice.ShouldStore(sourcePath));
            }
            catch (SourceReadException e)
            {
                throw new SourceReadException(sourcePath, e.InnerException!);
            }
        }

        /// <summary>
        /// Prepares the small files ahead of the writer on the thread pool, in archive order, keeping at most
        /// <see cref="ReadAheadLimit"/> bytes and a few files per core in flight.
        /// </summary>
        private sealed class ReadAhead : IDisposable
        {
            private readonly List<KeyValuePair<string, string?>> _entries;
            private readonly CancellationTokenSource _cancel;
            private readonly Dictionary<int, Task<CompressedEntry>> _pending = new Dictionary<int, Task<CompressedEntry>>();
            private readonly Dictionary<int, long> _sizes = new Dictionary<int, long>();
            private readonly int _maxFiles = Math.Max(2, Environment.ProcessorCount * 4);
            private long _bytesInFlight;
            private int _next;

            public ReadAhead(List<KeyValuePair<string, string?>> entries, CancellationToken cancellationToken)
            {
                _entries = entries;
                _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                Schedule();
            }

            /// <summary>The prepared data of entry <paramref name="index"/>, or false when the writer must stream it.</summary>
            public bool TryTake(int index, out CompressedEntry prepared)
            {
                prepared = null!;
                if (!_pending.TryGetValue(index, out var task))
                {
                    return false;
                }

                _pending.Remove(index);
                try
                {
                    prepared = task.GetAwaiter().GetResult();
                }
                finally
                {
                    _bytesInFlight -= _sizes[index];
                    _sizes.Remove(index);
                    Schedule();
                }

                return true;
            }

            public void Dispose()
            {
                _cancel.Cancel();
                try
                {
                    Task.WaitAll(_pending.Values.ToArray());
                }
                catch (AggregateException)
                {
                    // The writer failed or was cancelled; the work ahead of it is discarded.
                }

                _cancel.Dispose();
            }

            private void Schedule()
            {
                while (_next < _entries.Count && _pending.Count < _maxFiles)
                {
                    var index = _next;
                    var path = _entries[index].Value;
                    var size = path == null ? -1 : SizeOf(path);
                    if (path == null || size < 0 || size > ParallelFileLimit)
                    {
                        _next++;
                        continue;
                    }

                    if (_bytesInFlight + size > ReadAheadLimit && _pending.Count > 0)
                    {
                        return;
                    }

                    _next++;
                    _bytesInFlight += size;
                    _sizes[index] = size;
                    var token = _cancel.Token;
                    _pending[index] = Task.Run(() => CompressedEntry.FromFile(path, Level, CompressionChoice.ShouldStore(path), token), token);
                }
            }

            private static long SizeOf(string path)
            {
                try
                {
                    return new FileInfo(path).Length;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    return -1;
                }
            }
        }

        /// <summary>Every archive entry name with its source file (null for a folder), in ordinal order.</summary>
        public static List<KeyValuePair<string, string?>> Layout(string packageId, IEnumerable<ZipSource> files)
        {
            var entries = new Dictionary<string, string?>(StringComparer.Ordinal) { [packageId + "/"] = null };
            foreach (var file in files)
            {
                var name = packageId + "/" + file.TargetPath;
                entries.Add(name, file.SourcePath);
                foreach (var folder in ArchiveFolders.Above(name))
                {
                    if (entries.ContainsKey(folder))
                    {
                        break;
                    }

                    entries.Add(folder, null);
                }
            }

            var sorted = new List<KeyValuePair<string, string?>>(entries);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return sorted;
        }

        private static FileStream OpenSource(string path)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new SourceReadException(path, e);
            }
        }
    }
}
