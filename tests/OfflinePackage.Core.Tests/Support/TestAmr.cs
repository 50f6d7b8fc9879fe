using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Signing;

namespace OfflinePackage.Tests.Support;

/// <summary>Builds .amr files by hand, to give the verifier damaged or unusual input.</summary>
internal static class TestAmr
{
    /// <summary>A tar in Alibaba's layout holding the given files (no hpmfile.json unless listed).</summary>
    public static byte[] Tar(params (string Name, string Content)[] files)
    {
        using var output = new MemoryStream();
        var writer = new OfflinePackage.Archives.TarWriter(output, ArchiveTimestamp.Default);
        foreach (var (name, content) in files)
        {
            if (name.EndsWith('/'))
            {
                writer.AddDirectory(name);
            }
            else
            {
                writer.AddFile(name, System.Text.Encoding.UTF8.GetBytes(content));
            }
        }

        writer.Finish();
        return output.ToArray();
    }

    /// <summary>
    /// Writes a zip of Manifest.xml, CERT.json (signing every other entry with <paramref name="key"/>) and the
    /// given entries; <paramref name="editCert"/> may change the signatures before CERT.json is written.
    /// </summary>
    public static string Write(
        string path,
        RsaPrivateKey key,
        IEnumerable<(string Name, byte[] Data)> entries,
        Func<List<KeyValuePair<string, byte[]>>, List<KeyValuePair<string, byte[]>>>? editCert = null)
    {
        var list = entries.ToList();
        var signatures = list.Select(e => new KeyValuePair<string, byte[]>(e.Name, Sha1Rsa.Sign(e.Data, key))).ToList();
        signatures = editCert?.Invoke(signatures) ?? signatures;
        var cert = new CertJson(signatures).RenderBytes();
        var all = list.Where(e => e.Name == ManifestXml.FileName).Append((CertJson.FileName, cert)).Concat(list.Where(e => e.Name != ManifestXml.FileName));
        DemoPackages.WriteZip(path, all);
        return path;
    }

    /// <summary>A well-formed .amr for id/version with the given tar.</summary>
    public static string WriteStandard(string folder, RsaPrivateKey key, byte[] tar, string id = "12345678", string version = "1.0.0.0") =>
        Write(
            Path.Combine(folder, id + "_" + version + ".amr"),
            key,
            new[] { (ManifestXml.FileName, ManifestXml.RenderBytes(id, version)), (id + ".tar", tar) });
}
