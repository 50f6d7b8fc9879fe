namespace OfflinePackage.Archives
{
    /// <summary>The zip compression methods an entry's data can have here: stored as it is, or deflated.</summary>
    public static class CompressedEntry
    {
        public const ushort Stored = 0;
        public const ushort Deflated = 8;
    }
}
