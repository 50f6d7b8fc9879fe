using System.Collections.Generic;

namespace OfflinePackage.Diagnostics
{
    /// <summary>
    /// Every OPKnnnn code the SDK can report, once. Buckets: 1xxx properties, 2xxx resources,
    /// 3xxx reading inputs, 4xxx writing archives, 5xxx signing and .amr, 6xxx presets: h5_json.json, client version
    /// range, Info.plist, preset bundle, 7xxx references: what the package's pages load, resolved as the container serves them, 8xxx render: what the page does when it runs in headless Chromium as the container serves it. Codes are never reused; retired codes stay listed in docs/errors.
    /// Next free: OPK1016, OPK2019, OPK3003, OPK4003, OPK5007, OPK6044, OPK7010, OPK8009.
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

        public static readonly DiagnosticDescriptor ReservedId =
            new DiagnosticDescriptor("OPK1005", Severity.Error, "Package ID is reserved by the mPaaS SDK");

        public static readonly DiagnosticDescriptor DiscouragedIdPrefix =
            new DiagnosticDescriptor("OPK1006", Severity.Warning, "Package ID starts with a prefix the console advises against");

        public static readonly DiagnosticDescriptor MixedPackageTypes =
            new DiagnosticDescriptor("OPK1007", Severity.Error, "Normal and global resources in one package");

        public static readonly DiagnosticDescriptor GlobalIdentityMissing =
            new DiagnosticDescriptor("OPK1008", Severity.Error, "Global package without app ID or workspace ID");

        public static readonly DiagnosticDescriptor GlobalIdentityShape =
            new DiagnosticDescriptor("OPK1009", Severity.Error, "appId_workspaceId does not have the documented shape");

        public static readonly DiagnosticDescriptor PrivateCloudNeedsDomain =
            new DiagnosticDescriptor("OPK1010", Severity.Error, "Private cloud without a server domain");

        public static readonly DiagnosticDescriptor PublicCloudDomain =
            new DiagnosticDescriptor("OPK1011", Severity.Warning, "Public cloud with a domain other than the documented one");

        public static readonly DiagnosticDescriptor VersionShape =
            new DiagnosticDescriptor("OPK1012", Severity.Warning, "Package version is not of the form a.b.c.d");

        public static readonly DiagnosticDescriptor MainEntryOutsideWww =
            new DiagnosticDescriptor("OPK1013", Severity.Info, "Main entry is outside /www");

        public static readonly DiagnosticDescriptor GlobalPathShape =
            new DiagnosticDescriptor("OPK1014", Severity.Warning, "OfflinePackageGlobalPath does not match the configured domain, app or cloud");

        public static readonly DiagnosticDescriptor InvalidPropertyValue =
            new DiagnosticDescriptor("OPK1015", Severity.Error, "A property has a value it does not accept");

        public static readonly DiagnosticDescriptor UrlUnsafeName =
            new DiagnosticDescriptor("OPK2006", Severity.Warning, "A name has characters that URL encoding changes (normal package)");

        public static readonly DiagnosticDescriptor UrlUnsafeNameGlobal =
            new DiagnosticDescriptor("OPK2007", Severity.Error, "A name has characters that URL encoding changes (global package)");

        public static readonly DiagnosticDescriptor NonAsciiName =
            new DiagnosticDescriptor("OPK2008", Severity.Error, "A name has non-ASCII characters");

        public static readonly DiagnosticDescriptor PathTooLong =
            new DiagnosticDescriptor("OPK2009", Severity.Error, "A path inside the package is longer than 100 characters");

        public static readonly DiagnosticDescriptor ZipPathTooLong =
            new DiagnosticDescriptor("OPK2010", Severity.Warning, "A zip entry including the ID folder is longer than 100 characters");

        public static readonly DiagnosticDescriptor CaseOnlyDifference =
            new DiagnosticDescriptor("OPK2011", Severity.Error, "Two paths differ only in letter case");

        public static readonly DiagnosticDescriptor LinkOutsideProject =
            new DiagnosticDescriptor("OPK2012", Severity.Error, "A symbolic link points outside the project or loops");

        public static readonly DiagnosticDescriptor EmptyFile =
            new DiagnosticDescriptor("OPK2013", Severity.Warning, "An empty file is packaged");

        public static readonly DiagnosticDescriptor EmptyFolder =
            new DiagnosticDescriptor("OPK2014", Severity.Warning, "A folder has no files");

        public static readonly DiagnosticDescriptor ReservedRootName =
            new DiagnosticDescriptor("OPK2015", Severity.Warning, "A root entry has a name the client reserves");

        public static readonly DiagnosticDescriptor PackageTooBig =
            new DiagnosticDescriptor("OPK2016", Severity.Warning, "The package is larger than the size warning threshold");

        public static readonly DiagnosticDescriptor ForbiddenCharacter =
            new DiagnosticDescriptor("OPK2017", Severity.Error, "A name has a backslash or control character");

        public static readonly DiagnosticDescriptor UrlBreakingName =
            new DiagnosticDescriptor("OPK2018", Severity.Error, "A name has '#' or '?', which end the path of a URL");

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

        public static readonly DiagnosticDescriptor SigningKeyInvalid =
            new DiagnosticDescriptor("OPK5001", Severity.Error, "The signing key cannot be used");

        public static readonly DiagnosticDescriptor SigningKeyWeak =
            new DiagnosticDescriptor("OPK5002", Severity.Warning, "The signing key is shorter than 2048 bits");

        public static readonly DiagnosticDescriptor PublicKeyMismatch =
            new DiagnosticDescriptor("OPK5003", Severity.Error, "The app's public key does not match the signing key");

        public static readonly DiagnosticDescriptor PublicKeyInvalid =
            new DiagnosticDescriptor("OPK5004", Severity.Error, "The public key cannot be used");

        public static readonly DiagnosticDescriptor AmrInvalid =
            new DiagnosticDescriptor("OPK5005", Severity.Error, "The .amr does not verify");

        public static readonly DiagnosticDescriptor SigningFailed =
            new DiagnosticDescriptor("OPK5006", Severity.Error, "Signing with SHA-1 failed");

        public static readonly DiagnosticDescriptor VirtualDomainMissing =
            new DiagnosticDescriptor("OPK6001", Severity.Error, "No virtual domain for h5_json.json");

        public static readonly DiagnosticDescriptor VirtualDomainHasScheme =
            new DiagnosticDescriptor("OPK6002", Severity.Error, "The virtual domain starts with a scheme");

        public static readonly DiagnosticDescriptor VirtualDomainHasPath =
            new DiagnosticDescriptor("OPK6003", Severity.Error, "The virtual domain has a path");

        public static readonly DiagnosticDescriptor VirtualDomainHasPort =
            new DiagnosticDescriptor("OPK6004", Severity.Error, "The virtual domain has a port");

        public static readonly DiagnosticDescriptor VirtualDomainInvalid =
            new DiagnosticDescriptor("OPK6005", Severity.Error, "The virtual domain is not a host name");

        public static readonly DiagnosticDescriptor VirtualDomainNotLowerCase =
            new DiagnosticDescriptor("OPK6006", Severity.Warning, "The virtual domain is not lower case");

        public static readonly DiagnosticDescriptor VirtualDomainSingleLabel =
            new DiagnosticDescriptor("OPK6007", Severity.Warning, "The virtual domain has a single label");

        public static readonly DiagnosticDescriptor ExtendInfoInvalidJson =
            new DiagnosticDescriptor("OPK6008", Severity.Error, "Extension info is not valid JSON");

        public static readonly DiagnosticDescriptor ExtendInfoNotObject =
            new DiagnosticDescriptor("OPK6009", Severity.Error, "Extension info is not a JSON object");

        public static readonly DiagnosticDescriptor AsyncReqRateInvalid =
            new DiagnosticDescriptor("OPK6010", Severity.Error, "asyncReqRate is not a whole number of seconds from 0 to 86400");

        public static readonly DiagnosticDescriptor ExtendInfoDuplicateMember =
            new DiagnosticDescriptor("OPK6011", Severity.Warning, "Extension info names a member twice");

        public static readonly DiagnosticDescriptor NoClientPlatform =
            new DiagnosticDescriptor("OPK6012", Severity.Error, "No client platform in the client version range");

        public static readonly DiagnosticDescriptor ClientVersionInvalid =
            new DiagnosticDescriptor("OPK6013", Severity.Error, "A client version is not a dotted number");

        public static readonly DiagnosticDescriptor ClientMinVersionMissing =
            new DiagnosticDescriptor("OPK6014", Severity.Error, "A client maximum version without a minimum");

        public static readonly DiagnosticDescriptor ClientMinAboveMax =
            new DiagnosticDescriptor("OPK6015", Severity.Error, "A client minimum version is above the maximum");

        public static readonly DiagnosticDescriptor ClientMaxPolicyMismatch =
            new DiagnosticDescriptor("OPK6016", Severity.Error, "Android and iOS differ in their maximum version policy");

        public static readonly DiagnosticDescriptor ProductVersionMissing =
            new DiagnosticDescriptor("OPK6017", Severity.Warning, "Info.plist has no Product Version");

        public static readonly DiagnosticDescriptor ProductVersionNotNumeric =
            new DiagnosticDescriptor("OPK6018", Severity.Warning, "Info.plist's Product Version is not a dotted number");

        public static readonly DiagnosticDescriptor IosMinAboveProductVersion =
            new DiagnosticDescriptor("OPK6019", Severity.Warning, "The iOS minimum client version is not below the app's Product Version");

        public static readonly DiagnosticDescriptor IosMaxBelowProductVersion =
            new DiagnosticDescriptor("OPK6020", Severity.Warning, "The iOS maximum client version is below the app's Product Version");

        public static readonly DiagnosticDescriptor ProductVersionDiffersFromShortVersion =
            new DiagnosticDescriptor("OPK6021", Severity.Warning, "Product Version differs from CFBundleShortVersionString");

        public static readonly DiagnosticDescriptor PlistValueIsBuildSetting =
            new DiagnosticDescriptor("OPK6022", Severity.Info, "An Info.plist value is an unexpanded build setting");

        public static readonly DiagnosticDescriptor PlistNotFound =
            new DiagnosticDescriptor("OPK6023", Severity.Error, "Info.plist does not exist");

        public static readonly DiagnosticDescriptor PlistUnreadable =
            new DiagnosticDescriptor("OPK6024", Severity.Error, "Info.plist cannot be read");

        public static readonly DiagnosticDescriptor PlistInvalid =
            new DiagnosticDescriptor("OPK6025", Severity.Error, "Info.plist is not a valid property list");

        public static readonly DiagnosticDescriptor PlistUnsupportedFormat =
            new DiagnosticDescriptor("OPK6026", Severity.Error, "Info.plist is in a format the SDK does not read");

        public static readonly DiagnosticDescriptor PlistRootNotDictionary =
            new DiagnosticDescriptor("OPK6027", Severity.Error, "Info.plist's root is not a dictionary");

        public static readonly DiagnosticDescriptor H5JsonInvalidJson =
            new DiagnosticDescriptor("OPK6028", Severity.Error, "h5_json.json is not valid JSON");

        public static readonly DiagnosticDescriptor H5JsonUnreadable =
            new DiagnosticDescriptor("OPK6029", Severity.Error, "h5_json.json cannot be read");

        public static readonly DiagnosticDescriptor H5JsonInvalidShape =
            new DiagnosticDescriptor("OPK6030", Severity.Error, "h5_json.json does not have the console's shape");

        public static readonly DiagnosticDescriptor H5JsonMemberType =
            new DiagnosticDescriptor("OPK6031", Severity.Warning, "An h5_json.json member has another JSON type than the console writes");

        public static readonly DiagnosticDescriptor H5JsonMemberIgnored =
            new DiagnosticDescriptor("OPK6032", Severity.Warning, "An h5_json.json member is ignored");

        public static readonly DiagnosticDescriptor H5JsonConfigDiffers =
            new DiagnosticDescriptor("OPK6033", Severity.Warning, "Merged h5_json.json files have different config");

        public static readonly DiagnosticDescriptor DuplicateAppId =
            new DiagnosticDescriptor("OPK6034", Severity.Error, "Two preset entries have the same app_id");

        public static readonly DiagnosticDescriptor PresetEntryWithoutPackage =
            new DiagnosticDescriptor("OPK6035", Severity.Error, "An h5_json.json entry has no preset .amr");

        public static readonly DiagnosticDescriptor PresetPackageWithoutEntry =
            new DiagnosticDescriptor("OPK6036", Severity.Error, "A preset .amr has no h5_json.json entry");

        public static readonly DiagnosticDescriptor PresetVersionMismatch =
            new DiagnosticDescriptor("OPK6037", Severity.Error, "An h5_json.json entry and its .amr have different versions");

        public static readonly DiagnosticDescriptor PresetFileNameMismatch =
            new DiagnosticDescriptor("OPK6038", Severity.Error, "A preset .amr is not named <ID>_<version>.amr");

        public static readonly DiagnosticDescriptor PresetVHostMismatch =
            new DiagnosticDescriptor("OPK6039", Severity.Error, "An h5_json.json entry's vhost does not match the virtual domain");

        public static readonly DiagnosticDescriptor PresetReferenceWithoutAmr =
            new DiagnosticDescriptor("OPK6040", Severity.Error, "A referenced package project builds no .amr");

        public static readonly DiagnosticDescriptor PresetAmrNotFound =
            new DiagnosticDescriptor("OPK6041", Severity.Error, "A preset .amr does not exist");

        public static readonly DiagnosticDescriptor PresetBundleEmpty =
            new DiagnosticDescriptor("OPK6042", Severity.Warning, "The preset bundle has no packages");

        public static readonly DiagnosticDescriptor PresetReferenceNotAPackage =
            new DiagnosticDescriptor("OPK6043", Severity.Warning, "A project reference of a preset bundle is not an offline package");

        public static readonly DiagnosticDescriptor ReferenceNotInPackage =
            new DiagnosticDescriptor("OPK7001", Severity.Error, "A reference resolves to this package's host but no file is there");

        public static readonly DiagnosticDescriptor ReferenceMissesMainFolder =
            new DiagnosticDescriptor("OPK7002", Severity.Error, "A root-absolute reference misses the main entry's folder");

        public static readonly DiagnosticDescriptor ReferenceClimbsOut =
            new DiagnosticDescriptor("OPK7003", Severity.Error, "A relative reference climbs out of the package");

        public static readonly DiagnosticDescriptor ReferenceCaseMismatch =
            new DiagnosticDescriptor("OPK7004", Severity.Error, "A reference names a file with other letter case");

        public static readonly DiagnosticDescriptor GlobalReferenceMissing =
            new DiagnosticDescriptor("OPK7005", Severity.Error, "A global resource URL is in no known global package");

        public static readonly DiagnosticDescriptor NoGlobalPackageKnown =
            new DiagnosticDescriptor("OPK7006", Severity.Warning, "Global resource URLs are used but no global package is known");

        public static readonly DiagnosticDescriptor NetworkReference =
            new DiagnosticDescriptor("OPK7007", Severity.Warning, "A reference needs the network");

        public static readonly DiagnosticDescriptor RootAbsoluteLiteral =
            new DiagnosticDescriptor("OPK7008", Severity.Warning, "A script string looks like a root-absolute path of a package file");

        public static readonly DiagnosticDescriptor ReferencesNotChecked =
            new DiagnosticDescriptor("OPK7009", Severity.Warning, "A file could not be parsed, so its references are not checked");

        public static readonly DiagnosticDescriptor RenderBlank =
            new DiagnosticDescriptor("OPK8001", Severity.Error, "The rendered page shows nothing");

        public static readonly DiagnosticDescriptor RenderRequestOutside =
            new DiagnosticDescriptor("OPK8002", Severity.Warning, "The rendered page asked for a URL the package does not hold");

        public static readonly DiagnosticDescriptor RenderLoadFailed =
            new DiagnosticDescriptor("OPK8003", Severity.Warning, "A load of the rendered page failed");

        public static readonly DiagnosticDescriptor RenderConsoleError =
            new DiagnosticDescriptor("OPK8004", Severity.Warning, "The rendered page logged an error");

        public static readonly DiagnosticDescriptor RenderUncaughtException =
            new DiagnosticDescriptor("OPK8005", Severity.Warning, "The rendered page threw an uncaught exception");

        public static readonly DiagnosticDescriptor RenderNotSettled =
            new DiagnosticDescriptor("OPK8006", Severity.Warning, "The rendered page did not finish loading in time");

        public static readonly DiagnosticDescriptor RenderNoBrowser =
            new DiagnosticDescriptor("OPK8007", Severity.Error, "Rendering needs Chromium or Chrome and none was found");

        public static readonly DiagnosticDescriptor RenderCannotRun =
            new DiagnosticDescriptor("OPK8008", Severity.Error, "The package could not be rendered");

        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
        {
            InvalidPackageId,
            MainEntryNotInPackage,
            InvalidPackageVersion,
            MainUrlNotAbsolute,
            ReservedId,
            DiscouragedIdPrefix,
            MixedPackageTypes,
            GlobalIdentityMissing,
            GlobalIdentityShape,
            PrivateCloudNeedsDomain,
            PublicCloudDomain,
            VersionShape,
            MainEntryOutsideWww,
            GlobalPathShape,
            InvalidPropertyValue,
            UrlUnsafeName,
            UrlUnsafeNameGlobal,
            NonAsciiName,
            PathTooLong,
            ZipPathTooLong,
            CaseOnlyDifference,
            LinkOutsideProject,
            EmptyFile,
            EmptyFolder,
            ReservedRootName,
            PackageTooBig,
            ForbiddenCharacter,
            UrlBreakingName,
            NoResources,
            ResourceNotFound,
            DuplicateTargetPath,
            UnsafeTargetPath,
            JunkFileSkipped,
            ResourceReadFailed,
            InputsChanged,
            ArchiveWriteFailed,
            ArchiveTooLarge,
            SigningKeyInvalid,
            SigningKeyWeak,
            PublicKeyMismatch,
            PublicKeyInvalid,
            AmrInvalid,
            SigningFailed,
            VirtualDomainMissing,
            VirtualDomainHasScheme,
            VirtualDomainHasPath,
            VirtualDomainHasPort,
            VirtualDomainInvalid,
            VirtualDomainNotLowerCase,
            VirtualDomainSingleLabel,
            ExtendInfoInvalidJson,
            ExtendInfoNotObject,
            AsyncReqRateInvalid,
            ExtendInfoDuplicateMember,
            NoClientPlatform,
            ClientVersionInvalid,
            ClientMinVersionMissing,
            ClientMinAboveMax,
            ClientMaxPolicyMismatch,
            ProductVersionMissing,
            ProductVersionNotNumeric,
            IosMinAboveProductVersion,
            IosMaxBelowProductVersion,
            ProductVersionDiffersFromShortVersion,
            PlistValueIsBuildSetting,
            PlistNotFound,
            PlistUnreadable,
            PlistInvalid,
            PlistUnsupportedFormat,
            PlistRootNotDictionary,
            H5JsonInvalidJson,
            H5JsonUnreadable,
            H5JsonInvalidShape,
            H5JsonMemberType,
            H5JsonMemberIgnored,
            H5JsonConfigDiffers,
            DuplicateAppId,
            PresetEntryWithoutPackage,
            PresetPackageWithoutEntry,
            PresetVersionMismatch,
            PresetFileNameMismatch,
            PresetVHostMismatch,
            PresetReferenceWithoutAmr,
            PresetAmrNotFound,
            PresetBundleEmpty,
            PresetReferenceNotAPackage,
            ReferenceNotInPackage,
            ReferenceMissesMainFolder,
            ReferenceClimbsOut,
            ReferenceCaseMismatch,
            GlobalReferenceMissing,
            NoGlobalPackageKnown,
            NetworkReference,
            RootAbsoluteLiteral,
            ReferencesNotChecked,
            RenderBlank,
            RenderRequestOutside,
            RenderLoadFailed,
            RenderConsoleError,
            RenderUncaughtException,
            RenderNotSettled,
            RenderNoBrowser,
            RenderCannotRun,
        };
    }
}
