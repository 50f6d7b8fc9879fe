using System.Collections.Generic;

namespace OfflinePackage.Diagnostics
{
    /// <summary>
    /// Every OPKnnnn code the SDK can report, once. Buckets: 1xxx properties, 2xxx resources,
    /// 3xxx reading inputs, 4xxx writing archives. Codes are never reused; retired codes stay listed
    /// in docs/errors. Next free: OPK1005, OPK2006, OPK3003, OPK4003.
    /// </summary>
    public static class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor InvalidPackageId =
            new DiagnosticDescriptor("OPK1001", Severity.Error, "Package ID is not 8 ASCII digits");

        public static readonly DiagnosticDescriptor MainEntryNotInPackage =
            new DiagnosticDescriptor("OPK1002", Severity.Error, "Main entry is not in the package");

        public static readonly DiagnosticDescriptor InvalidPackageVersion =
            new DiagnosticDescriptor("OPK1003", Severity.Error, "Package version cannot be part of a file name");

        public static readonly DiagnosticDescriptor MainUrlNotAbsolute =
            new DiagnosticDescriptor("OPK1004", Severity.Error, "Main URL does not start with '/'");

        public static readonly DiagnosticDescriptor NoResources =
            new DiagnosticDescriptor("OPK2001", Severity.Error, "The package has no files");

        public static readonly DiagnosticDescriptor ResourceNotFound =
            new DiagnosticDescriptor("OPK2002", Severity.Error, "A listed resource does not exist");

        public static readonly DiagnosticDescriptor DuplicateTargetPath =
            new DiagnosticDescriptor("OPK2003", Severity.Error, "Two resources claim the same path");

        public static readonly DiagnosticDescriptor UnsafeTargetPath =
            new DiagnosticDescriptor("OPK2004", Severity.Error, "TargetPath is rooted or escapes the package folder");

        public static readonly DiagnosticDescriptor JunkFileSkipped =
            new DiagnosticDescriptor("OPK2005", Severity.Info, "Operating-system junk file left out");

        public static readonly DiagnosticDescriptor ResourceReadFailed =
            new DiagnosticDescriptor("OPK3001", Severity.Error, "A resource could not be read");

        public static readonly DiagnosticDescriptor InputsChanged =
            new DiagnosticDescriptor("OPK3002", Severity.Error, "The package is not up to date (question build)");

        public static readonly DiagnosticDescriptor ArchiveWriteFailed =
            new DiagnosticDescriptor("OPK4001", Severity.Error, "The archive could not be written");

        public static readonly DiagnosticDescriptor ArchiveTooLarge =
            new DiagnosticDescriptor("OPK4002", Severity.Error, "The package is too large for a zip without Zip64");

        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
        {
            InvalidPackageId,
            MainEntryNotInPackage,
            InvalidPackageVersion,
            MainUrlNotAbsolute,
            NoResources,
            ResourceNotFound,
            DuplicateTargetPath,
            UnsafeTargetPath,
            JunkFileSkipped,
            ResourceReadFailed,
            InputsChanged,
            ArchiveWriteFailed,
            ArchiveTooLarge,
        };
    }
}
