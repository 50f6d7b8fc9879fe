namespace OfflinePackage.Tool.Serving
{
    /// <summary>A file the container answers a URL with.</summary>
    internal sealed record ServedFile(string PackagePath, byte[] Data, string ContentType);
}
