namespace OfflinePackage.Diagnostics
{
    // 6xxx: presets: h5_json.json, the client version range, Info.plist, the preset bundle.
    public static partial class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor VirtualDomainMissing =
            Define(nameof(Texts.OPK6001), Severity.Error, "No virtual domain for h5_json.json");

        public static readonly DiagnosticDescriptor VirtualDomainHasScheme =
            Define(nameof(Texts.OPK6002), Severity.Error, "The virtual domain starts with a scheme");

        public static readonly DiagnosticDescriptor VirtualDomainHasPath =
            Define(nameof(Texts.OPK6003), Severity.Error, "The virtual domain has a path");

        public static readonly DiagnosticDescriptor VirtualDomainHasPort =
            Define(nameof(Texts.OPK6004), Severity.Error, "The virtual domain has a port");

        public static readonly DiagnosticDescriptor VirtualDomainInvalid =
            Define(nameof(Texts.OPK6005), Severity.Error, "The virtual domain is not a host name");

        public static readonly DiagnosticDescriptor VirtualDomainNotLowerCase =
            Define(nameof(Texts.OPK6006), Severity.Warning, "The virtual domain is not lower case");

        public static readonly DiagnosticDescriptor VirtualDomainSingleLabel =
            Define(nameof(Texts.OPK6007), Severity.Warning, "The virtual domain has a single label");

        public static readonly DiagnosticDescriptor ExtendInfoInvalidJson =
            Define(nameof(Texts.OPK6008), Severity.Error, "Extension info is not valid JSON");

        public static readonly DiagnosticDescriptor ExtendInfoNotObject =
            Define(nameof(Texts.OPK6009), Severity.Error, "Extension info is not a JSON object");

        public static readonly DiagnosticDescriptor AsyncReqRateInvalid =
            Define(nameof(Texts.OPK6010), Severity.Error, "asyncReqRate is not a whole number of seconds from 0 to 86400");

        public static readonly DiagnosticDescriptor ExtendInfoDuplicateMember =
            Define(nameof(Texts.OPK6011), Severity.Warning, "Extension info names a member twice");

        public static readonly DiagnosticDescriptor NoClientPlatform =
            Define(nameof(Texts.OPK6012), Severity.Error, "No client platform in the client version range");

        public static readonly DiagnosticDescriptor ClientVersionInvalid =
            Define(nameof(Texts.OPK6013), Severity.Error, "A client version is not a dotted number");

        public static readonly DiagnosticDescriptor ClientMinVersionMissing =
            Define(nameof(Texts.OPK6014), Severity.Error, "A client maximum version without a minimum");

        public static readonly DiagnosticDescriptor ClientMinAboveMax =
            Define(nameof(Texts.OPK6015), Severity.Error, "A client minimum version is above the maximum");

        public static readonly DiagnosticDescriptor ClientMaxPolicyMismatch =
            Define(nameof(Texts.OPK6016), Severity.Error, "Android and iOS differ in their maximum version policy");

        public static readonly DiagnosticDescriptor ProductVersionMissing =
            Define(nameof(Texts.OPK6017), Severity.Warning, "Info.plist has no Product Version");

        public static readonly DiagnosticDescriptor ProductVersionNotNumeric =
            Define(nameof(Texts.OPK6018), Severity.Warning, "Info.plist's Product Version is not a dotted number");

        public static readonly DiagnosticDescriptor IosMinAboveProductVersion =
            Define(nameof(Texts.OPK6019), Severity.Warning, "The iOS minimum client version is not below the app's Product Version");

        public static readonly DiagnosticDescriptor IosMaxBelowProductVersion =
            Define(nameof(Texts.OPK6020), Severity.Warning, "The iOS maximum client version is below the app's Product Version");

        public static readonly DiagnosticDescriptor ProductVersionDiffersFromShortVersion =
            Define(nameof(Texts.OPK6021), Severity.Warning, "Product Version differs from CFBundleShortVersionString");

        public static readonly DiagnosticDescriptor PlistValueIsBuildSetting =
            Define(nameof(Texts.OPK6022), Severity.Info, "An Info.plist value is an unexpanded build setting");

        public static readonly DiagnosticDescriptor PlistNotFound =
            Define(nameof(Texts.OPK6023), Severity.Error, "Info.plist does not exist");

        public static readonly DiagnosticDescriptor PlistUnreadable =
            Define(nameof(Texts.OPK6024), Severity.Error, "Info.plist cannot be read");

        public static readonly DiagnosticDescriptor PlistInvalid =
            Define(nameof(Texts.OPK6025), Severity.Error, "Info.plist is not a valid property list");

        public static readonly DiagnosticDescriptor PlistUnsupportedFormat =
            Define(nameof(Texts.OPK6026), Severity.Error, "Info.plist is in a format the SDK does not read");

        public static readonly DiagnosticDescriptor PlistRootNotDictionary =
            Define(nameof(Texts.OPK6027), Severity.Error, "Info.plist's root is not a dictionary");

        public static readonly DiagnosticDescriptor H5JsonInvalidJson =
            Define(nameof(Texts.OPK6028), Severity.Error, "h5_json.json is not valid JSON");

        public static readonly DiagnosticDescriptor H5JsonUnreadable =
            Define(nameof(Texts.OPK6029), Severity.Error, "h5_json.json cannot be read");

        public static readonly DiagnosticDescriptor H5JsonInvalidShape =
            Define(nameof(Texts.OPK6030), Severity.Error, "h5_json.json does not have the console's shape");

        public static readonly DiagnosticDescriptor H5JsonMemberType =
            Define(nameof(Texts.OPK6031), Severity.Warning, "An h5_json.json member has another JSON type than the console writes");

        public static readonly DiagnosticDescriptor H5JsonMemberIgnored =
            Define(nameof(Texts.OPK6032), Severity.Warning, "An h5_json.json member is ignored");

        public static readonly DiagnosticDescriptor H5JsonConfigDiffers =
            Define(nameof(Texts.OPK6033), Severity.Warning, "Merged h5_json.json files have different config");

        public static readonly DiagnosticDescriptor DuplicateAppId =
            Define(nameof(Texts.OPK6034), Severity.Error, "Two preset entries have the same app_id");

        public static readonly DiagnosticDescriptor PresetEntryWithoutPackage =
            Define(nameof(Texts.OPK6035), Severity.Error, "An h5_json.json entry has no preset .amr");

        public static readonly DiagnosticDescriptor PresetPackageWithoutEntry =
            Define(nameof(Texts.OPK6036), Severity.Error, "A preset .amr has no h5_json.json entry");

        public static readonly DiagnosticDescriptor PresetVersionMismatch =
            Define(nameof(Texts.OPK6037), Severity.Error, "An h5_json.json entry and its .amr have different versions");

        public static readonly DiagnosticDescriptor PresetFileNameMismatch =
            Define(nameof(Texts.OPK6038), Severity.Error, "A preset .amr is not named <ID>_<version>.amr");

        public static readonly DiagnosticDescriptor PresetVHostMismatch =
            Define(nameof(Texts.OPK6039), Severity.Error, "An h5_json.json entry's vhost does not match the virtual domain");

        public static readonly DiagnosticDescriptor PresetReferenceWithoutAmr =
            Define(nameof(Texts.OPK6040), Severity.Error, "A referenced package project builds no .amr");

        public static readonly DiagnosticDescriptor PresetAmrNotFound =
            Define(nameof(Texts.OPK6041), Severity.Error, "A preset .amr does not exist");

        public static readonly DiagnosticDescriptor PresetBundleEmpty =
            Define(nameof(Texts.OPK6042), Severity.Warning, "The preset bundle has no packages");

        public static readonly DiagnosticDescriptor PresetReferenceNotAPackage =
            Define(nameof(Texts.OPK6043), Severity.Warning, "A project reference of a preset bundle is not an offline package");
    }
}
