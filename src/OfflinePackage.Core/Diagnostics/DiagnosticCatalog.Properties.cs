namespace OfflinePackage.Diagnostics
{
    // 1xxx: properties.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor InvalidPackageId =
            Define(nameof(Texts.OPK1001), Severity.Error, "Package ID is not 8 ASCII digits");

        public static readonly DiagnosticDescriptor MainEntryNotInPackage =
            Define(nameof(Texts.OPK1002), Severity.Error, "Main entry is not in the package");

        public static readonly DiagnosticDescriptor InvalidPackageVersion =
            Define(nameof(Texts.OPK1003), Severity.Error, "Package version cannot be part of a file name");

        public static readonly DiagnosticDescriptor MainUrlNotAbsolute =
            Define(nameof(Texts.OPK1004), Severity.Error, "Main URL does not start with '/'");

        public static readonly DiagnosticDescriptor ReservedId =
            Define(nameof(Texts.OPK1005), Severity.Error, "Package ID is reserved by the mPaaS SDK");

        public static readonly DiagnosticDescriptor DiscouragedIdPrefix =
            Define(nameof(Texts.OPK1006), Severity.Warning, "Package ID starts with a prefix the console advises against");

        public static readonly DiagnosticDescriptor MixedPackageTypes =
            Define(nameof(Texts.OPK1007), Severity.Error, "Normal and global resources in one package");

        public static readonly DiagnosticDescriptor GlobalIdentityMissing =
            Define(nameof(Texts.OPK1008), Severity.Error, "Global package without app ID or workspace ID");

        public static readonly DiagnosticDescriptor GlobalIdentityShape =
            Define(nameof(Texts.OPK1009), Severity.Error, "appId_workspaceId does not have the documented shape");

        public static readonly DiagnosticDescriptor PrivateCloudNeedsDomain =
            Define(nameof(Texts.OPK1010), Severity.Error, "Private cloud without a server domain");

        public static readonly DiagnosticDescriptor PublicCloudDomain =
            Define(nameof(Texts.OPK1011), Severity.Warning, "Public cloud with a domain other than the documented one");

        public static readonly DiagnosticDescriptor VersionShape =
            Define(nameof(Texts.OPK1012), Severity.Warning, "Package version is not of the form a.b.c.d");

        public static readonly DiagnosticDescriptor MainEntryOutsideWww =
            Define(nameof(Texts.OPK1013), Severity.Info, "Main entry is outside /www");

        public static readonly DiagnosticDescriptor GlobalPathShape =
            Define(nameof(Texts.OPK1014), Severity.Warning, "OfflinePackageGlobalPath does not match the configured domain, app or cloud");

        public static readonly DiagnosticDescriptor InvalidPropertyValue =
            Define(nameof(Texts.OPK1015), Severity.Error, "A property has a value it does not accept");
    }
}
