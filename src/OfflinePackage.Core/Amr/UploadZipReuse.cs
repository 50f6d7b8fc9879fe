using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OfflinePackage.Archives;

namespace OfflinePackage.Amr
{
    /// <summary>A file of the upload zip whose deflated data can go into the .amr's tar as it is.</summary>
    internal sealed class ReusableEntry
    {
        private readonly TaskCompletionSource<bool> _unchanged = new TaskCompletionSource<bool>();

        public ReusableEntry(string sourcePath, long size, uint crc, long dataOffset, long deflatedLength)
        {
            SourcePath = sourcePath;
            Size = size;
            Crc = crc;
            DataOffset = dataOffset;
            DeflatedLength = deflatedLength;
        }

        public string SourcePath { get; }

        public long Size { get; }

        public uint Crc { get; }

        public long DataOffset { get; }

        /// <summary>The entry's data less its final empty block: a sync-flushed stream of the file's bytes.</summary>
        public long DeflatedLength { get; }

        /// <summary>Whether the source file still has the entry's size and CRC-32: waits for the check.</summary>
        public bool IsUnchanged => _unchanged.Task.Result;

        internal void Checked(bool unchanged) => _unchanged.TrySetResult(unchanged);
    }

    /// <summary>
    /// Finds the files of an .amr whose deflated bytes the upload zip of the same package already holds, so that the
    /// tar splices them in instead of deflating every file a second time. An entry qualifies when the zip is one this
    /// SDK wrote (its entry of <see cref="DeflatePiece.SpliceableSize"/> bytes or more ending in <see cref="DeflatePiece.SpliceableEnding"/>) and the source file still
    /// has the entry's size and CRC-32, checked on every core. Anything else (no zip, an older or foreign zip, a changed
    /// file) only means that file is deflated again; the .amr's self-check still inflates and hashes every byte.
    /// </summary>
    internal static class UploadZipReuse
    {
        private const int BufferSize = 1 << 16;

        /// <summary>
        /// The entries the zip holds in a form to splice, by tar name; empty when the zip cannot be read or is not one
        /// this SDK wrote. Whether each file is unchanged is checked on every core, in tar order, while the caller goes
        /// on (<see cref="ReusableEntry.IsUnchanged"/> waits for its file).
        /// </summary>
        public static Dictionary<string, ReusableEntry> Find(string zipPath, string packageId, IReadOnlyList<AmrTarEntry> entries, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, ReusableEntry>(StringComparer.Ordinal);
            var candidates = new List<ReusableEntry>();
            try
            {
                // Only the candidates' local headers are checked: checking all of them cost more than the splicing saved.
                using var zip = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                var reader = AmrZipReader.OpenDirectory(zip);
                var byName = new Dictionary<string, AmrZipEntry>(StringComparer.Ordinal);
                foreach (var zipEntry in reader.Entries)
                {
                    byName[zipEntry.Name] = zipEntry;
                }

                foreach (var entry in entries)
                {
                    if (entry.Kind == AmrTarEntryKind.File
                        && byName.TryGetValue(packageId + "/" + entry.Name, out var zipEntry)
                        && zipEntry.Method == CompressedEntry.Deflated
                        && !zipEntry.IsEncrypted
                        && zipEntry.Size >= DeflatePiece.SpliceableSize
                        && zipEntry.CompressedSize > DeflatePiece.SpliceableEnding.Length
                        && reader.CheckLocalHeader(zipEntry)
                        && EndsSpliceable(zip, zipEntry.DataOffset + zipEntry.CompressedSize))
                    {
                        var deflatedLength = zipEntry.CompressedSize - DeflatePiece.FinalEmptyBlock.Length;
                        var reusable = new ReusableEntry(entry.SourcePath!, zipEntry.Size, zipEntry.Crc, zipEntry.DataOffset, deflatedLength);
                        candidates.Add(reusable);
                        found.Add(entry.Name, reusable);
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException)
            {
                return new Dictionary<string, ReusableEntry>();
            }

            var next = -1;
            for (var worker = 0; worker < Math.Min(Environment.ProcessorCount, candidates.Count); worker++)
            {
                Task.Run(() =>
                {
                    var buffer = new byte[BufferSize];
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < candidates.Count)
                    {
                        var candidate = candidates[i];
                        var unchanged = false;
                        try
                        {
                            unchanged = !cancellationToken.IsCancellationRequested && HasSizeAndCrc(candidate.SourcePath, candidate.Size, candidate.Crc, buffer);
                        }
                        finally
                        {
                            // Always answered: the tar writer waits for it.
                            candidate.Checked(unchanged);
                        }
                    }
                });
            }

            return found;
        }

        private static bool EndsSpliceable(Stream zip, long dataEnd)
        {
            var ending = DeflatePiece.SpliceableEnding;
            return dataEnd <= zip.Length && AmrZipReader.ReadAt(zip, dataEnd - ending.Length, ending.Length).SequenceEqual(ending);
        }

        private static bool HasSizeAndCrc(string path, long size, uint crc, byte[] buffer)
        {
            try
            {
                using var source = FilePieces.Open(path);
                if (source.Length != size)
                {
                    return false;
                }

                var check = new Crc32();
                int read;
                while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    check.Append(buffer, 0, read);
                }

                return check.Value == crc;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // The tar reads the file again and reports what fails there.
                return false;
            }
        }
    }
}
