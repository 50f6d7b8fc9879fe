using System.Diagnostics;
using OfflinePackage.Archives;
using OfflinePackage.Packaging;

// Usage: PackBench <source folder> <zip path>
// Plans a normal package from the folder (every rule runs) and writes the zip; prints the seconds taken.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: PackBench <source folder> <zip path>");
    return 2;
}

var watch = Stopwatch.StartNew();
var project = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, "bench.csproj");
var options = new PackageOptions("20171228", project) { MainUrl = "/www/index.html", SizeWarningBytes = 0 };
var plan = PackagePlanner.Plan(options, [new ResourceSpec(args[0], Path.GetFullPath(args[0]), project)]);
var planned = watch.Elapsed.TotalSeconds;
var errors = plan.Diagnostics.Count(d => d.Severity == OfflinePackage.Diagnostics.Severity.Error);

ZipPackageWriter.Write(args[1], options.Id, plan.Model.Files.Select(f => new ZipSource(f.SourcePath, f.TargetPath)), ArchiveTimestamp.Default);
Console.Error.WriteLine($"plan {planned:F3} s ({plan.Model.Files.Count} files, {errors} rule errors), write {watch.Elapsed.TotalSeconds - planned:F3} s");
Console.WriteLine(watch.Elapsed.TotalSeconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
return 0;
