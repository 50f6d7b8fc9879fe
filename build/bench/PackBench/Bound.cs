using System.Diagnostics;
using System.IO.Compression;
using OfflinePackage.Archives;

/// <summary>
/// The compute bound: the bytes ours deflates (every file <see cref="CompressionChoice"/> does not store), at the same
/// level, cut into the same pieces (<see cref="DeflatePiece"/>: whole files up to 1 MiB, larger ones in primed 1 MiB
/// pieces), deflated by one thread per core taking pieces in archive order — and nothing else: no listing, rules,
/// reading, CRC or writing. The files are read into memory and deflate's code is warmed up before the clock starts.
/// Reading the files and their CRC-32, which every writer must do too, are timed apart (one thread) for the floor.
/// With --sweep it also prints, for other piece sizes with and without priming, the deflated size and time.
/// </summary>
internal static class Bound
{
    public static int Run(string folder, bool sweep)
    {
        var plan = Planning.Plan(folder, out _);

        var contents = plan.Model.Files.Select(f => (f.SourcePath, Bytes: File.ReadAllBytes(f.SourcePath))).ToList();

        // What the bound leaves out but every zip writer must do, timed on one thread: open and read every file (into
        // one reused buffer, as ours does: memory touched for the first time is costly on these VMs) and CRC it.
        var buffer = new byte[1 << 20];
        Crc32.Compute(buffer);
        var reading = Stopwatch.StartNew();
        foreach (var file in plan.Model.Files)
        {
            using var stream = new FileStream(file.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            while (stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        var readSeconds = reading.Elapsed.TotalSeconds;

        // The second of two passes: the first also pays for touching the bytes in memory the first time, which ours
        // does not (it reads into buffers it reuses).
        var crcSeconds = 0.0;
        var crcs = 0u;
        for (var pass = 0; pass < 2; pass++)
        {
            var crcing = Stopwatch.StartNew();
            crcs = 0u;
            foreach (var (_, bytes) in contents)
            {
                crcs ^= Crc32.Compute(bytes);
            }

            crcSeconds = crcing.Elapsed.TotalSeconds;
        }

        var inputs = contents
            .Where(c => !CompressionChoice.ShouldStore(c.SourcePath) && c.Bytes.Length > 0)
            .Select(c => c.Bytes)
            .ToList();
        var total = inputs.Sum(bytes => (long)bytes.Length);
        Deflate(inputs.Take(20).ToList(), DeflatePiece.Size, prime: true, threads: Environment.ProcessorCount);

        var (seconds, deflated) = Deflate(inputs, DeflatePiece.Size, prime: true, Environment.ProcessorCount);
        var (serial, _) = Deflate(inputs, DeflatePiece.Size, prime: true, threads: 1);
        Console.Error.WriteLine(
            $"compute bound: {inputs.Count} files, {total} bytes deflated to {deflated} in {seconds:F3} s on {Environment.ProcessorCount} threads ({serial:F3} s on one); " +
            $"left out: reading all {contents.Count} files {readSeconds:F3} s, their CRC {crcSeconds:F3} s (one thread, CRCs {crcs:x8})");
        if (sweep)
        {
            Console.Error.WriteLine("piece size | primed: deflated bytes, s on all cores | unprimed: deflated bytes, s");
            foreach (var size in new[] { 64, 128, 256, 512, 1024, 2048, 4096 })
            {
                var primed = Deflate(inputs, size * 1024, prime: true, Environment.ProcessorCount);
                var unprimed = Deflate(inputs, size * 1024, prime: false, Environment.ProcessorCount);
                Console.Error.WriteLine($"{size,5} KiB | {primed.Bytes,10} {primed.Seconds:F3} | {unprimed.Bytes,10} {unprimed.Seconds:F3}");
            }

            var whole = Deflate(inputs, int.MaxValue, prime: false, Environment.ProcessorCount);
            Console.Error.WriteLine($"whole files | {whole.Bytes,10} {whole.Seconds:F3}");
        }

        Console.WriteLine(seconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    private static (double Seconds, long Bytes) Deflate(List<byte[]> inputs, int pieceSize, bool prime, int threads)
    {
        var pieces = new List<(byte[] Input, int Start, int End, bool Whole)>();
        var finalBlocks = 0L;
        foreach (var input in inputs)
        {
            if (input.Length <= pieceSize)
            {
                pieces.Add((input, 0, input.Length, true));
                continue;
            }

            for (var start = 0; start < input.Length; start += pieceSize)
            {
                pieces.Add((input, start, Math.Min(input.Length, start + pieceSize), false));
            }

            finalBlocks += DeflatePiece.FinalEmptyBlock.Length;
        }

        var next = -1;
        var bytes = 0L;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            var output = new MemoryStream();
            var mine = 0L;
            int i;
            while ((i = Interlocked.Increment(ref next)) < pieces.Count)
            {
                var (input, start, end, whole) = pieces[i];
                var primeStart = prime ? Math.Max(0, start - DeflatePiece.DictionarySize) : start;
                var pieceStart = DeflatePiece.Deflate(input, primeStart, start, end, CompressionLevel.Optimal, whole, output);
                mine += output.Length - pieceStart;
            }

            Interlocked.Add(ref bytes, mine);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return (watch.Elapsed.TotalSeconds, bytes + finalBlocks);
    }
}
