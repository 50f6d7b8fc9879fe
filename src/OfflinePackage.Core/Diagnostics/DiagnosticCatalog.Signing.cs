namespace OfflinePackage.Diagnostics
{
    // 5xxx: signing and .amr.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor SigningKeyInvalid =
            Define(nameof(Texts.OPK5001), Severity.Error, "The signing key cannot be used");

        public static readonly DiagnosticDescriptor SigningKeyWeak =
            Define(nameof(Texts.OPK5002), Severity.Warning, "The signing key is shorter than 2048 bits");

        public static readonly DiagnosticDescriptor PublicKeyMismatch =
            Define(nameof(Texts.OPK5003), Severity.Error, "The app's public key does not match the signing key");

        public static readonly DiagnosticDescriptor PublicKeyInvalid =
            Define(nameof(Texts.OPK5004), Severity.Error, "The public key cannot be used");

        public static readonly DiagnosticDescriptor AmrInvalid =
            Define(nameof(Texts.OPK5005), Severity.Error, "The .amr does not verify");

        public static readonly DiagnosticDescriptor SigningFailed =
            Define(nameof(Texts.OPK5006), Severity.Error, "Signing with SHA-1 failed");
    }
}
