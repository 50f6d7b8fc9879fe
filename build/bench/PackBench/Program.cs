using System.Diagnostics;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Packaging;
using OfflinePackage.Rules;
using OfflinePackage.Signing;

// Usage: PackBench <source folder> <zip path> [<amr folder> <PEM private key> | --references <cache path>]
// Plans a normal package from the folder (every rule runs) and writes the zip; prints the seconds taken.
// With a folder for the .amr and a key it then does what a signing build does as well: load the key, write the .amr, verify it.
// With --references it then runs the reference check twice (first with an empty cache, then from the cache) and prints
// three numbers: packaging, first check, cached check.
if (args.Length != 2 && args.Length != 4)
{
    Console.Error.WriteLine("usage: PackBench <source folder> <zip path> [<amr folder> <PEM private key> | --references <cache path>]");
    return 2;
}

var watch = Stopwatch.StartNew();
var project = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, "bench.csproj");
var options = new PackageOptions("20171228", project) { MainUrl = "/www/index.html", SizeWarningBytes = 0 };
var plan = PackagePlanner.Plan(options, [new ResourceSpec(args[0], Path.GetFullPath(args[0]), project)]);
var planned = watch.Elapsed.TotalSeconds;
var errors = plan.Diagnostics.Count(d => d.Severity == OfflinePackage.Diagnostics.Severity.Error);

var files = plan.Model.Files.Select(f => new ZipSource(f.SourcePath, f.TargetPath)).ToList();
ZipPackageWriter.Write(args[1], options.Id, files, ArchiveTimestamp.Default);
var zipped = watch.Elapsed.TotalSeconds;
var amr = "";
if (args.Length == 4 && args[2] == "--references")
{
    File.Delete(args[3]);
    File.Delete(args[3] + ".results");
    var packCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    var check = new OfflinePackage.References.ReferenceCheckOptions(options.Id, PackageType.Normal) { MainUrl = options.MainUrl };
    var checkedFiles = plan.Model.Files;
    var first = Stopwatch.StartNew();
    var findings = OfflinePackage.References.ReferenceCheck.Run(check, checkedFiles, _ => true, args[3]);
    var firstSeconds = first.Elapsed.TotalSeconds;
    var checkCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - packCpu;
    foreach (var finding in findings)
    {
        Console.Error.WriteLine("  " + finding);
    }

    var cached = Stopwatch.StartNew();
    OfflinePackage.References.ReferenceCheck.Run(check, checkedFiles, _ => true, args[3]);
    Console.Error.WriteLine($"pack {zipped:F3} s ({packCpu.TotalSeconds:F3} s CPU), references first {firstSeconds:F3} s ({checkCpu.TotalSeconds:F3} s CPU, {findings.Count} findings), unchanged {cached.Elapsed.TotalSeconds:F3} s");
    Console.WriteLine(string.Join(" ", new[] { zipped, firstSeconds, cached.Elapsed.TotalSeconds }.Select(v => v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
    return 0;
}

if (args.Length == 4)
{
    var key = RsaKeys.LoadPrivateKeyFile(args[3]);
    var amrPath = Path.Combine(args[2], AmrWriter.FileName(options.Id, "1.0.0.0"));
    AmrWriter.Write(amrPath, options.Id, "1.0.0.0", files, key, ArchiveTimestamp.Default, default, includeHpmFile: !files.Any(f => f.TargetPath == HpmFile.FileName));
    var written = watch.Elapsed.TotalSeconds;
    var verification = AmrVerifier.Verify(amrPath, key.PublicKey);
    if (!verification.IsValid)
    {
        Console.Error.WriteLine("the .amr failed its check: " + string.Join("; ", verification.Findings));
        return 1;
    }

    amr = $", amr {written - zipped:F3} s ({key.KeySize}-bit key), verify {watch.Elapsed.TotalSeconds - written:F3} s";
}

Console.Error.WriteLine($"plan {planned:F3} s ({plan.Model.Files.Count} files, {errors} rule errors), write {zipped - planned:F3} s{amr}");
Console.WriteLine(watch.Elapsed.TotalSeconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
return 0;
