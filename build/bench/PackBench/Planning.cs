using OfflinePackage.Packaging;
using OfflinePackage.Rules;

/// <summary>The package every mode plans: a normal package of one folder, every rule run.</summary>
internal static class Planning
{
    public static PackagePlan Plan(string folder, out PackageOptions options)
    {
        var project = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, "bench.csproj");
        options = new PackageOptions("20171228") { MainUrl = "/www/index.html", SizeWarningBytes = 0 };
        return PackagePlanner.Plan(options, [new ResourceSpec(folder, Path.GetFullPath(folder), project)]);
    }
}
