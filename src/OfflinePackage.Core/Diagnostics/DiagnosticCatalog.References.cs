namespace OfflinePackage.Diagnostics
{
    // 7xxx: references: what the package's pages load, resolved as the container serves them.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor ReferenceNotInPackage =
            Define(nameof(Texts.OPK7001), Severity.Error, "A reference resolves to this package's host but no file is there");

        public static readonly DiagnosticDescriptor ReferenceMissesMainFolder =
            Define(nameof(Texts.OPK7002), Severity.Error, "A root-absolute reference misses the main entry's folder");

        public static readonly DiagnosticDescriptor ReferenceClimbsOut =
            Define(nameof(Texts.OPK7003), Severity.Error, "A relative reference climbs out of the package");

        public static readonly DiagnosticDescriptor ReferenceCaseMismatch =
            Define(nameof(Texts.OPK7004), Severity.Error, "A reference names a file with other letter case");

        public static readonly DiagnosticDescriptor GlobalReferenceMissing =
            Define(nameof(Texts.OPK7005), Severity.Error, "A global resource URL is in no known global package");

        public static readonly DiagnosticDescriptor NoGlobalPackageKnown =
            Define(nameof(Texts.OPK7006), Severity.Warning, "Global resource URLs are used but no global package is known");

        public static readonly DiagnosticDescriptor NetworkReference =
            Define(nameof(Texts.OPK7007), Severity.Warning, "A reference needs the network");

        public static readonly DiagnosticDescriptor RootAbsoluteLiteral =
            Define(nameof(Texts.OPK7008), Severity.Warning, "A script string looks like a root-absolute path of a package file");

        public static readonly DiagnosticDescriptor ReferencesNotChecked =
            Define(nameof(Texts.OPK7009), Severity.Warning, "A file could not be parsed, so its references are not checked");
    }
}
