using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;

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
    /// The files are read, checked and deflated on every core (see <see cref="PiecePipeline"/>), a large file in
    /// pieces that the cores share; this thread lists each file's size just ahead of the workers and writes their
    /// results in order. The bytes do not depend on which thread did what.
    /// </summary>
    public static class ZipPackageWriter
    {
        /// <summary>Files up to this size are read and deflated whole; larger ones in pieces of this size.</summary>
        public const long WholeFileLimit = DeflatePiece.Size;

        public static void Write(
            string zipPath,
            string packageId,
            IEnumerable<ZipSource> files,
            DateTime timestamp,
            CancellationToken cancellationToken = default) =>
            Write(zipPath, packageId, files, timestamp, cancellationToken, workers: 0, DeflatePiece.IsSupported);

        /// <param name="workers">Deflating threads; 0 for one per core (tests vary it: the bytes must not change).</param>
        /// <param name="inPieces">
        /// Whether large files are read in pieces (see <see cref="DeflatePiece.IsSupported"/>); otherwise this thread
        /// streams each of them through one deflate stream.
        /// </param>
        internal static void Write(
            string zipPath,
            string packageId,
            IEnumerable<ZipSource> files,
            DateTime timestamp,
            CancellationToken cancellationToken,
            int workers,
            bool inPieces)
        {
            var entries = Layout(packageId, files);
            AtomicFile.Write(zipPath, stream =>
            {
                var zip = new DeterministicZipWriter(stream, timestamp, Level);
                using var pipeline = new PiecePipeline(piece => FilePieces.Run(piece, Level), cancellationToken, workers);
                var feeder = new Feeder(entries, pipeline, inPieces);
                for (var i = 0; i < entries.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var entry = entries[i];
                    if (entry.Value == null)
                    {
                        zip.AddDirectory(entry.Key);
                        continue;
                    }

                    feeder.Feed();
                    var pieces = feeder.PieceCount(i);
                    if (pieces == 0)
                    {
                        AddStreamed(zip, entry.Key, entry.Value, cancellationToken);
                    }
                    else if (pieces == 1)
                    {
                        AddWhole(zip, pipeline, entry.Key);
                    }
                    else
                    {
                        AddInPieces(zip, pipeline, feeder, entry.Key, entry.Value, pieces, cancellationToken);
                    }
                }

                zip.Finish();
            });
        }

        private const CompressionLevel Level = CompressionLevel.Optimal;

        private static void AddWhole(DeterministicZipWriter zip, PiecePipeline pipeline, string name)
        {
            var piece = pipeline.Next();
            if (piece.Deflated && piece.DeflatedLength < piece.Length)
            {
                zip.AddPrepared(name, deflated: true, piece.Crc, piece.Length, piece.Output.GetBuffer(), piece.OutputStart, piece.DeflatedLength);
            }
            else
            {
                zip.AddPrepared(name, deflated: false, piece.Crc, piece.Length, piece.Input, 0, piece.Length);
            }

            pipeline.Release();
        }

        private static void AddStreamed(DeterministicZipWriter zip, string name, string sourcePath, CancellationToken cancellationToken)
        {
            using var source = FilePieces.Open(sourcePath);
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
        /// Writes a large file's pieces as they come back, deflated ones followed by the final empty block; when
        /// deflate did not make it smaller, the file is read again and stored (with the CRC of what was stored).
        /// </summary>
        private static void AddInPieces(
            DeterministicZipWriter zip,
            PiecePipeline pipeline,
            Feeder feeder,
            string name,
            string sourcePath,
            int pieces,
            CancellationToken cancellationToken)
        {
            zip.BeginEntry(name);
            uint crc = 0;
            long size = 0;
            var deflated = false;
            for (var k = 0; k < pieces; k++)
            {
                feeder.Feed();
                var piece = pipeline.Next();
                crc = k == 0 ? piece.Crc : Crc32.Combine(crc, piece.Crc, piece.Length);
                size += piece.Length;
                deflated = piece.Deflated;
                if (deflated)
                {
                    zip.WriteEntryData(piece.Output.GetBuffer(), piece.OutputStart, piece.DeflatedLength);
                }
                else
                {
                    zip.WriteEntryData(piece.Input, piece.PrimeLength, piece.Length);
                }

                pipeline.Release();
            }

            if (deflated)
            {
                zip.WriteEntryData(DeflatePiece.FinalEmptyBlock, 0, DeflatePiece.FinalEmptyBlock.Length);
                if (zip.EntryDataLength >= size)
                {
                    using var source = FilePieces.Open(sourcePath);
                    (crc, size) = zip.StoreInstead(source, cancellationToken);
                    deflated = false;
                }
            }

            zip.EndEntry(deflated, crc, size);
        }

        /// <summary>
        /// Hands the files' pieces to the pipeline in archive order, as far ahead as it has room, listing each file's
        /// size when it reaches the file: the listing overlaps the deflating instead of preceding it.
        /// </summary>
        private sealed class Feeder
        {
            private readonly List<KeyValuePair<string, string?>> _entries;
            private readonly PiecePipeline _pipeline;
            private readonly int[] _pieceCounts;
            private readonly bool _inPieces;
            private int _entry;
            private int _part;
            private long _size;
            private bool _store;

            public Feeder(List<KeyValuePair<string, string?>> entries, PiecePipeline pipeline, bool inPieces)
            {
                _entries = entries;
                _pipeline = pipeline;
                _inPieces = inPieces;
                _pieceCounts = new int[entries.Count];
            }

            /// <summary>
            /// How many pieces entry <paramref name="index"/> was handed over in, known once it was fed; 0 for a large
            /// file that the writer thread streams itself.
            /// </summary>
            public int PieceCount(int index) => _pieceCounts[index];

            public void Feed()
            {
                while (_pipeline.HasFreeSlot && _entry < _entries.Count)
                {
                    var path = _entries[_entry].Value;
                    if (path == null)
                    {
                        _entry++;
                        continue;
                    }

                    if (_part == 0)
                    {
                        _size = SizeOf(path);
                        _store = CompressionChoice.ShouldStore(path);
                        _pieceCounts[_entry] = FilePieces.CountFor(_size);
                        if (_pieceCounts[_entry] > 1 && !_inPieces)
                        {
                            _pieceCounts[_entry] = 0;
                            _entry++;
                            continue;
                        }
                    }

                    var piece = _pipeline.Begin();
                    if (_pieceCounts[_entry] == 1)
                    {
                        FilePieces.DescribeWhole(piece, path, _store);
                    }
                    else
                    {
                        FilePieces.DescribePart(piece, path, _size, _part, _store);
                    }

                    _pipeline.Submit();
                    if (++_part == _pieceCounts[_entry])
                    {
                        _entry++;
                        _part = 0;
                    }
                }
            }

            /// <summary>The file's size, or -1 when it cannot be listed (reading it then fails in order, with its path).</summary>
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
    }
}
