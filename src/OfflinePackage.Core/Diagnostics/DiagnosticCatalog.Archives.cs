namespace OfflinePackage.Diagnostics
{
    // 4xxx: writing archives.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor ArchiveWriteFailed =
            Define(nameof(Texts.OPK4001), Severity.Error, "The archive could not be written");

        public static readonly DiagnosticDescriptor ArchiveTooLarge =
            Define(nameof(Texts.OPK4002), Severity.Error, "The package is too large for a zip without Zip64");
    }
}
