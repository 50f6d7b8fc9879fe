namespace OfflinePackage.Diagnostics
{
    // 2xxx: resources: the files and folders that make the package, their names and paths.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor NoResources =
            Define(nameof(Texts.OPK2001), Severity.Error, "The package has no files");

        public static readonly DiagnosticDescriptor ResourceNotFound =
            Define(nameof(Texts.OPK2002), Severity.Error, "A listed resource does not exist");

        public static readonly DiagnosticDescriptor DuplicateTargetPath =
            Define(nameof(Texts.OPK2003), Severity.Error, "Two resources claim the same path");

        public static readonly DiagnosticDescriptor UnsafeTargetPath =
            Define(nameof(Texts.OPK2004), Severity.Error, "TargetPath is rooted or escapes the package folder");

        public static readonly DiagnosticDescriptor JunkFileSkipped =
            Define(nameof(Texts.OPK2005), Severity.Info, "Operating-system junk file left out");

        public static readonly DiagnosticDescriptor UrlUnsafeName =
            Define(nameof(Texts.OPK2006), Severity.Warning, "A name has characters that URL encoding changes (normal package)");

        public static readonly DiagnosticDescriptor UrlUnsafeNameGlobal =
            Define(nameof(Texts.OPK2007), Severity.Error, "A name has characters that URL encoding changes (global package)");

        public static readonly DiagnosticDescriptor NonAsciiName =
            Define(nameof(Texts.OPK2008), Severity.Error, "A name has non-ASCII characters");

        public static readonly DiagnosticDescriptor PathTooLong =
            Define(nameof(Texts.OPK2009), Severity.Error, "A path inside the package is longer than 100 characters");

        public static readonly DiagnosticDescriptor ZipPathTooLong =
            Define(nameof(Texts.OPK2010), Severity.Warning, "A zip entry including the ID folder is longer than 100 characters");

        public static readonly DiagnosticDescriptor CaseOnlyDifference =
            Define(nameof(Texts.OPK2011), Severity.Error, "Two paths differ only in letter case");

        public static readonly DiagnosticDescriptor LinkOutsideProject =
            Define(nameof(Texts.OPK2012), Severity.Error, "A symbolic link points outside the project or loops");

        public static readonly DiagnosticDescriptor EmptyFile =
            Define(nameof(Texts.OPK2013), Severity.Warning, "An empty file is packaged");

        public static readonly DiagnosticDescriptor EmptyFolder =
            Define(nameof(Texts.OPK2014), Severity.Warning, "A folder has no files");

        public static readonly DiagnosticDescriptor ReservedRootName =
            Define(nameof(Texts.OPK2015), Severity.Warning, "A root entry has a name the client reserves");

        public static readonly DiagnosticDescriptor PackageTooBig =
            Define(nameof(Texts.OPK2016), Severity.Warning, "The package is larger than the size warning threshold");

        public static readonly DiagnosticDescriptor ForbiddenCharacter =
            Define(nameof(Texts.OPK2017), Severity.Error, "A name has a backslash or control character");

        public static readonly DiagnosticDescriptor UrlBreakingName =
            Define(nameof(Texts.OPK2018), Severity.Error, "A name has '#' or '?', which end the path of a URL");
    }
}
