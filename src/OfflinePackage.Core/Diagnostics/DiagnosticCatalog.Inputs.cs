namespace OfflinePackage.Diagnostics
{
    // 3xxx: reading inputs.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor ResourceReadFailed =
            Define(nameof(Texts.OPK3001), Severity.Error, "A resource could not be read");

        public static readonly DiagnosticDescriptor InputsChanged =
            Define(nameof(Texts.OPK3002), Severity.Error, "The package is not up to date (question build)");
    }
}
