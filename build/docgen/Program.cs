using System;
using System.IO;
using System.Linq;
using System.Text;
using OfflinePackage.DocGen;

// dotnet run --project build/docgen [-- --check]: writes the generated parts of the docs (see DiagnosticDocs);
// --check writes nothing and exits 1 when a file is stale.
var check = args.Contains("--check");
var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
if (root == null)
{
    Console.Error.WriteLine("docgen: run it inside the repository (no OfflinePackage.Sdk.sln above the current folder).");
    return 2;
}

var stale = 0;
foreach (var file in DiagnosticDocs.Generate(root))
{
    var path = Path.Combine(root, file.RelativePath);
    if (File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n") == file.Content)
    {
        continue;
    }

    stale++;
    if (check)
    {
        Console.Error.WriteLine($"{file.RelativePath}: stale; run: {DiagnosticDocs.Command}");
        continue;
    }

    var temp = path + ".docgen.tmp";
    File.WriteAllText(temp, file.Content, new UTF8Encoding(false));
    File.Move(temp, path, overwrite: true);
    Console.WriteLine($"wrote {file.RelativePath}");
}

Console.WriteLine(stale == 0 ? "docgen: the docs are up to date." : check ? $"docgen: {stale} file(s) stale." : $"docgen: {stale} file(s) written.");
return check && stale > 0 ? 1 : 0;

static string? FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "OfflinePackage.Sdk.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
