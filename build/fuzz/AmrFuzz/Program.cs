// Mutation fuzz of the .amr verifier: seeds are an .amr written by our AmrWriter and every .amr given on the command
// line; each case is a seeded mutation (tests/OfflinePackage.Core.Tests/Support/AmrMutator.cs) verified in process
// under a time guard, and every Nth case also by the built offlinepackage-verify as a process, whose exit code must be
// 0, 1 or 2 and agree with the in-process result. Prints the count of each result class; exits 1 on any exception,
// timeout or other exit code.
// Usage: AmrFuzz <cases> <seed> <OfflinePackage.Verify.dll> <every-nth-via-cli> [public-key.pem seed.amr...]
using System.Diagnostics;
using System.Security.Cryptography;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

var cases = int.Parse(args[0]);
var random = new Random(int.Parse(args[1]));
var tool = args[2];
var cliEvery = int.Parse(args[3]);
var guard = TimeSpan.FromSeconds(30);
var work = Directory.CreateTempSubdirectory("amr-fuzz-").FullName;

using var rsa = RSA.Create(2048);
var ourKey = RsaPrivateKey.FromParameters(rsa.ExportParameters(true));
var ourKeyFile = Path.Combine(work, "our-public.pem");
File.WriteAllText(ourKeyFile, ourKey.PublicKey.ToPem());
var dist = Directory.CreateDirectory(Path.Combine(work, "dist")).FullName;
File.WriteAllText(Path.Combine(dist, "index.html"), "<html><script src=\"app.js\"></script></html>");
File.WriteAllText(Path.Combine(dist, "app.js"), string.Concat(Enumerable.Repeat("console.log('fuzz');\n", 400)));
var ours = Path.Combine(work, "seeds", AmrWriter.FileName("20171228", "1.0.0.1"));
Directory.CreateDirectory(Path.GetDirectoryName(ours)!);
AmrWriter.Write(ours, "20171228", "1.0.0.1", Directory.GetFiles(dist).Select(f => new ZipSource(f, "www/" + Path.GetFileName(f))), ourKey, ArchiveTimestamp.Default);

var seeds = new List<(string Name, byte[] Bytes, RsaPublicKey Key, string KeyFile)> { (Path.GetFileName(ours), File.ReadAllBytes(ours), ourKey.PublicKey, ourKeyFile) };
if (args.Length > 5)
{
    var demoKey = RsaKeys.LoadPublicKeyFile(args[4]);
    seeds.AddRange(args.Skip(5).Where(File.Exists).Select(a => (Path.GetFileName(a), File.ReadAllBytes(a), demoKey, args[4])));
}

foreach (var seed in seeds)
{
    using var stream = new MemoryStream(seed.Bytes);
    var check = AmrVerifier.Verify(stream, seed.Name, seed.Key);
    if (!check.IsValid)
    {
        Console.Error.WriteLine($"seed {seed.Name} does not verify: {check}");
        return 1;
    }
}

var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
var exits = new SortedDictionary<int, int>();
var problems = new List<string>();
var slowest = TimeSpan.Zero;
var slowestCli = TimeSpan.Zero;
for (var i = 0; i < cases; i++)
{
    var seed = seeds[i % seeds.Count];
    var mutated = AmrMutator.Mutate(seed.Bytes, random, out var kind);
    var path = Path.Combine(work, "case", seed.Name);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, mutated);
    var watch = Stopwatch.StartNew();
    var run = Task.Run(() => AmrVerifier.Verify(path, seed.Key));
    string outcome;
    if (!run.Wait(guard))
    {
        outcome = "TIMEOUT";
    }
    else if (run.IsFaulted)
    {
        outcome = "EXCEPTION " + run.Exception!.InnerException!.GetType().Name;
    }
    else
    {
        outcome = run.Result.IsValid ? "valid" : AmrDetail.Of(run.Result.Findings[0])?.Kind.ToString() ?? run.Result.Findings[0].Code;
    }

    slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
    classes[outcome] = classes.GetValueOrDefault(outcome) + 1;
    if (outcome.StartsWith("TIMEOUT", StringComparison.Ordinal) || outcome.StartsWith("EXCEPTION", StringComparison.Ordinal))
    {
        var keep = Path.Combine(work, $"problem-{i}-{seed.Name}");
        File.Copy(path, keep, overwrite: true);
        problems.Add($"case {i} ({kind} of {seed.Name}): {outcome}, kept as {keep}");
        continue;
    }

    if (cliEvery > 0 && i % cliEvery == 0)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tool, "--public-key", seed.KeyFile, path })
        {
            start.ArgumentList.Add(argument);
        }

        watch.Restart();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)guard.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            problems.Add($"case {i} ({kind} of {seed.Name}): the tool did not finish within {guard.TotalSeconds} s");
            continue;
        }

        slowestCli = watch.Elapsed > slowestCli ? watch.Elapsed : slowestCli;
        exits[process.ExitCode] = exits.GetValueOrDefault(process.ExitCode) + 1;
        var expected = outcome == "valid" ? 0 : 1;
        if (process.ExitCode != expected)
        {
            problems.Add($"case {i} ({kind} of {seed.Name}): exit {process.ExitCode}, in process {outcome}: {output.Result}{error.Result}");
        }
    }
}

Console.WriteLine($"{cases} cases over {seeds.Count} seeds; slowest in process {slowest.TotalMilliseconds:F0} ms");
Console.WriteLine("result classes (first finding): " + string.Join(", ", classes.Select(c => $"{c.Key} {c.Value}")));
Console.WriteLine($"{exits.Values.Sum()} also run by offlinepackage-verify, exit codes: " + string.Join(", ", exits.Select(e => $"{e.Key}: {e.Value}")) + $"; slowest {slowestCli.TotalMilliseconds:F0} ms");
foreach (var problem in problems)
{
    Console.WriteLine("PROBLEM " + problem);
}

if (problems.Count == 0)
{
    Directory.Delete(work, recursive: true);
}

return problems.Count == 0 ? 0 : 1;
