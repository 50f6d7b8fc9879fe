using System.IO.Compression;

namespace OfflinePackage.Tests.Support;

/// <summary>Alibaba's own .amr files and the demo app's public key (<see cref="MpaasDemo"/>; tests reading them are marked [RequiresMpaasDemo]).</summary>
internal static class DemoPackages
{
    public const string Normal = "70000000_1.0.0.6.amr";
    public const string UnderWww = "00010001_1.0.0.0.amr";
    public const string OtherKey = "77777777_1.0.0.0.amr";
    public const string PublicKeyFile = "demo-public-key.pem";

    public static string Folder => MpaasDemo.RequireFolder();

    public static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The uncompressed bytes of one entry of an .amr.</summary>
    public static byte[] Entry(string amrPath, string entryName)
    {
        using var zip = ZipFile.OpenRead(amrPath);
        using var data = zip.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every entry of an .amr as (name, bytes), in file order.</summary>
    public static List<(string Name, byte[] Data)> Entries(string amrPath)
    {
        using var zip = ZipFile.OpenRead(amrPath);
        return zip.Entries.Select(e =>
        {
            using var data = e.Open();
            using var copy = new MemoryStream();
            data.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }

    /// <summary>Writes a zip of the given entries with System.IO.Compression (to build damaged or odd .amr files).</summary>
    public static void WriteZip(string path, IEnumerable<(string Name, byte[] Data)> entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, data) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(data);
        }
    }
}
