using System.Diagnostics;
using System.IO.Compression;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Signing;

// Usage:
//   PackBench <source folder> <zip path>                            ours: plan (every rule) + write the zip
//   PackBench <source folder> <zip path> <amr folder> <PEM key>     ... then what a signing build adds: load the key, write the .amr (reusing the zip), verify it
//   PackBench <source folder> <zip path> --references <cache path>  ... then the reference check, first with an empty cache, then from it
//   PackBench --dotnet-zip <folder> <zip path>                      .NET's own: ZipFile.CreateFromDirectory(folder, zip, Optimal), one thread
//   PackBench --bound <source folder> [--sweep]                     the compute bound: deflate only, all cores (see Bound.cs)
// Each prints the wall seconds it measured (inside the process, JIT included, runtime start-up excluded) on the first
// line of stdout; --references prints three numbers. Where the time went goes to stderr.
if (args.Length >= 2 && args[0] == "--bound")
{
    return Bound.Run(args[1], args.Contains("--sweep"));
}

if (args.Length == 3 && args[0] == "--dotnet-zip")
{
    File.Delete(args[2]);
    var dotnet = Stopwatch.StartNew();
    ZipFile.CreateFromDirectory(args[1], args[2], CompressionLevel.Optimal, includeBaseDirectory: false);
    Console.WriteLine(Seconds(dotnet.Elapsed.TotalSeconds));
    return 0;
}

if (args.Length != 2 && args.Length != 4)
{
    Console.Error.WriteLine("usage: PackBench <source folder> <zip path> [<amr folder> <PEM private key> | --references <cache path>]");
    Console.Error.WriteLine("       PackBench --dotnet-zip <folder> <zip path> | --bound <source folder> [--sweep]");
    return 2;
}

var startCpu = Cpu();
var watch = Stopwatch.StartNew();
var plan = Planning.Plan(args[0], out var options);
var planned = watch.Elapsed.TotalSeconds;
var planCpu = Cpu() - startCpu;
var errors = plan.Diagnostics.Count(d => d.Severity == OfflinePackage.Diagnostics.Severity.Error);

var files = plan.Model.Files.Select(f => new ZipSource(f.SourcePath, f.TargetPath)).ToList();
ZipPackageWriter.Write(args[1], options.Id, files, ArchiveTimestamp.Default);
var zipped = watch.Elapsed.TotalSeconds;
var zipCpu = Cpu() - startCpu;
var amr = "";
if (args.Length == 4 && args[2] == "--references")
{
    File.Delete(args[3]);
    File.Delete(args[3] + ".results");
    var check = new OfflinePackage.References.ReferenceCheckOptions(options.Id, PackageType.Normal) { MainUrl = options.MainUrl };
    var checkedFiles = plan.Model.Files;
    var first = Stopwatch.StartNew();
    var findings = OfflinePackage.References.ReferenceCheck.Run(check, checkedFiles, _ => true, args[3]);
    var firstSeconds = first.Elapsed.TotalSeconds;
    var checkCpu = Cpu() - startCpu - zipCpu;
    foreach (var finding in findings)
    {
        Console.Error.WriteLine("  " + finding);
    }

    var cached = Stopwatch.StartNew();
    OfflinePackage.References.ReferenceCheck.Run(check, checkedFiles, _ => true, args[3]);
    Console.Error.WriteLine($"pack {zipped:F3} s ({zipCpu:F3} s CPU), references first {firstSeconds:F3} s ({checkCpu:F3} s CPU, {findings.Count} findings), unchanged {cached.Elapsed.TotalSeconds:F3} s");
    Console.WriteLine(string.Join(" ", new[] { zipped, firstSeconds, cached.Elapsed.TotalSeconds }.Select(Seconds)));
    return 0;
}

if (args.Length == 4)
{
    var key = RsaKeys.LoadPrivateKeyFile(args[3]);
    var amrPath = Path.Combine(args[2], AmrWriter.FileName(options.Id, "1.0.0.0"));
    var result = AmrWriter.Write(amrPath, options.Id, "1.0.0.0", files, key, ArchiveTimestamp.Default, default, includeHpmFile: !files.Any(f => f.TargetPath == HpmFile.FileName), uploadZip: args[1]);
    var written = watch.Elapsed.TotalSeconds;
    var amrCpu = Cpu() - startCpu;
    var verification = AmrVerifier.Verify(amrPath, key.PublicKey);
    if (!verification.IsValid)
    {
        Console.Error.WriteLine("the .amr failed its check: " + string.Join("; ", verification.Findings));
        return 1;
    }

    amr = $", amr {written - zipped:F3} s ({amrCpu - zipCpu:F3} s CPU, {key.KeySize}-bit key, {result.SplicedFiles} files spliced from the zip), verify {watch.Elapsed.TotalSeconds - written:F3} s ({Cpu() - startCpu - amrCpu:F3} s CPU)";
}

Console.Error.WriteLine($"plan {planned:F3} s ({planCpu:F3} s CPU; {plan.Model.Files.Count} files, {errors} rule errors), zip {zipped - planned:F3} s ({zipCpu - planCpu:F3} s CPU){amr}");
Console.WriteLine(Seconds(watch.Elapsed.TotalSeconds));
return 0;

// CPU seconds of this process so far, all threads.
static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

static string Seconds(double value) => value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
