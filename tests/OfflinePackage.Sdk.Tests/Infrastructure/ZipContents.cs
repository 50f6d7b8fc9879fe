using System.IO.Compression;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>The entries of a zip as .NET reads them, with each file's bytes.</summary>
public static class ZipContents
{
    public static IReadOnlyList<string> Names(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public static byte[] Read(string zip, string entryName)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.GetEntry(entryName) ?? throw new AssertionException($"'{entryName}' is not in {zip}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every file below <paramref name="folder"/> as '/'-separated relative paths.</summary>
    public static IReadOnlyList<string> FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
}
