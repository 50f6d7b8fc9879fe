using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Signing;

namespace OfflinePackage.Tool.Tests.Support;

/// <summary>Upload zips (one ID folder) and signed .amr files made from a list of package paths and contents.</summary>
internal static class TestPackages
{
    public static string Zip(string folder, string id, IEnumerable<(string Path, string Content)> files, string version = "1.0.0.0")
    {
        var path = System.IO.Path.Combine(folder, $"{id}_{version}.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            using var entry = zip.CreateEntry(id + "/" + name).Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }

        return path;
    }

    /// <summary>The zip of a built folder (e.g. a Vite dist/) placed at <paramref name="prefix"/> below the ID folder.</summary>
    public static string ZipFolder(string folder, string id, string source, string prefix = "www/") =>
        Zip(folder, id, Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => (prefix + System.IO.Path.GetRelativePath(source, f).Replace('\\', '/'), File.ReadAllText(f))));

    /// <summary>A signed .amr written by the SDK's AmrWriter, with a key made by the openssl command line.</summary>
    public static string Amr(string folder, string id, IEnumerable<(string Path, string Content)> files, string version = "1.0.0.0")
    {
        var sources = System.IO.Path.Combine(folder, "amr-sources-" + id);
        var list = new List<ZipSource>();
        foreach (var (name, content) in files)
        {
            var file = System.IO.Path.Combine(sources, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
            list.Add(new ZipSource(file, name));
        }

        var key = System.IO.Path.Combine(folder, "key.pem");
        if (!File.Exists(key))
        {
            using var openssl = Process.Start(new ProcessStartInfo("openssl", ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key]) { RedirectStandardError = true })!;
            openssl.WaitForExit();
            Assert.That(openssl.ExitCode, Is.Zero, "openssl genpkey");
        }

        var path = System.IO.Path.Combine(folder, $"{id}_{version}.amr");
        AmrWriter.Write(path, id, version, list, RsaKeys.LoadPrivateKeyFile(key), ArchiveTimestamp.Default);
        return path;
    }
}
