using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// Everything the preset (h5_json.json, client version range, Info.plist) checks can find. The integrator
    /// maps each kind to an OPK code; <see cref="PresetFinding.Arguments"/> fill its message.
    /// </summary>
    public enum PresetFindingKind
    {
        // Virtual domain (spec §2.1, rule 21).

        /// <summary>Error. Args: none.</summary>
        VirtualDomainMissing,

        /// <summary>Error. Args: domain as given.</summary>
        VirtualDomainHasScheme,

        /// <summary>Error. Args: domain as given.</summary>
        VirtualDomainHasPath,

        /// <summary>Error. Args: domain as given.</summary>
        VirtualDomainHasPort,

        /// <summary>Error. Args: domain as given, reason (a VirtualDomainReason_ text of Strings.resx).</summary>
        VirtualDomainInvalid,

        /// <summary>Warning. Args: domain as given, the lower-case form.</summary>
        VirtualDomainNotLowerCase,

        /// <summary>Warning. Args: domain as given.</summary>
        VirtualDomainSingleLabel,

        // Extension info (spec §2.4, rule 20).

        /// <summary>Error. Args: parser message (<see cref="JsonError.Message"/>, a JsonError_ text), line, column.</summary>
        ExtendInfoInvalidJson,

        /// <summary>Error. Args: the JSON kind found ("an array", "a string", ...: a JsonKind_ text).</summary>
        ExtendInfoNotObject,

        /// <summary>Error. Args: the value's JSON text.</summary>
        AsyncReqRateInvalid,

        /// <summary>Warning. Args: member path (e.g. launchParams.page).</summary>
        ExtendInfoDuplicateMember,

        // Client version range (spec §2.3, rule 18).

        /// <summary>Error. Args: none.</summary>
        NoClientPlatform,

        /// <summary>Error. Args: platform, "min" or "max" (a ClientBound_ text), value.</summary>
        ClientVersionInvalid,

        /// <summary>Error. Args: platform, max value.</summary>
        ClientMinVersionMissing,

        /// <summary>Error. Args: platform, min, max.</summary>
        ClientMinAboveMax,

        /// <summary>Error. Args: platform with a custom max, its max, platform without one.</summary>
        ClientMaxPolicyMismatch,

        // iOS Product Version (spec §4.2, rule 19).

        /// <summary>Warning. Args: Info.plist path.</summary>
        ProductVersionMissing,

        /// <summary>Warning. Args: Info.plist path, key, value.</summary>
        ProductVersionNotNumeric,

        /// <summary>Warning. Args: iOS min, Product Version, Info.plist path.</summary>
        IosMinAboveProductVersion,

        /// <summary>Warning. Args: iOS max, Product Version, Info.plist path.</summary>
        IosMaxBelowProductVersion,

        /// <summary>Warning. Args: Product Version, CFBundleShortVersionString, Info.plist path.</summary>
        ProductVersionDiffersFromShortVersion,

        /// <summary>Info. Args: Info.plist path, key, value.</summary>
        PlistValueIsBuildSetting,

        // Reading Info.plist.

        /// <summary>Error. Args: path.</summary>
        PlistNotFound,

        /// <summary>Error. Args: path, system message.</summary>
        PlistUnreadable,

        /// <summary>Error. Args: path, reason (a PlistError_ text, or the XML reader's message).</summary>
        PlistInvalid,

        /// <summary>Error. Args: path, format name.</summary>
        PlistUnsupportedFormat,

        /// <summary>Error. Args: path, type found (a PlistType_ text).</summary>
        PlistRootNotDictionary,

        // h5_json.json (spec §3.6, rules 26 and 27).

        /// <summary>Error. Args: source, parser message (a JsonError_ text), line, column.</summary>
        H5JsonInvalidJson,

        /// <summary>Error. Args: path, system message.</summary>
        H5JsonUnreadable,

        /// <summary>Error. Args: source, what is wrong (an H5JsonShape_ text).</summary>
        H5JsonInvalidShape,

        /// <summary>Warning. Args: source, app_id, member, JSON kind found, JSON kind the console writes (JsonKind_ texts).</summary>
        H5JsonMemberType,

        /// <summary>Warning. Args: source, member name.</summary>
        H5JsonMemberIgnored,

        /// <summary>Warning. Args: source of the config kept, source of the differing config.</summary>
        H5JsonConfigDiffers,

        /// <summary>Error. Args: app_id, number of entries, their versions (comma-separated).</summary>
        DuplicateAppId,

        /// <summary>Error. Args: app_id, version in h5_json.json.</summary>
        PresetEntryWithoutPackage,

        /// <summary>Error. Args: app_id, version of the .amr.</summary>
        PresetPackageWithoutEntry,

        /// <summary>Error. Args: app_id, version in h5_json.json, version of the .amr.</summary>
        PresetVersionMismatch,

        /// <summary>Error. Args: file name, expected file name.</summary>
        PresetFileNameMismatch,

        /// <summary>Error. Args: app_id, vhost in h5_json.json, expected vhost.</summary>
        PresetVHostMismatch,
    }

    /// <summary>One finding of a preset check: what (kind), how bad (severity), the values for the message, and an English sentence.</summary>
    public sealed class PresetFinding
    {
        public PresetFinding(PresetFindingKind kind, string message, params string[] arguments)
        {
            Kind = kind;
            Severity = SeverityOf(kind);
            Message = message;
            Arguments = arguments;
        }

        public PresetFindingKind Kind { get; }

        public Severity Severity { get; }

        /// <summary>The values that fill the message, in the order documented on the kind.</summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>An English sentence for logs and tests; the user-facing text belongs to the integrator's resources.</summary>
        public string Message { get; }

        public static Severity SeverityOf(PresetFindingKind kind)
        {
            switch (kind)
            {
                case PresetFindingKind.VirtualDomainNotLowerCase:
                case PresetFindingKind.VirtualDomainSingleLabel:
                case PresetFindingKind.ExtendInfoDuplicateMember:
                case PresetFindingKind.ProductVersionMissing:
                case PresetFindingKind.ProductVersionNotNumeric:
                case PresetFindingKind.IosMinAboveProductVersion:
                case PresetFindingKind.IosMaxBelowProductVersion:
                case PresetFindingKind.ProductVersionDiffersFromShortVersion:
                case PresetFindingKind.H5JsonMemberType:
                case PresetFindingKind.H5JsonMemberIgnored:
                case PresetFindingKind.H5JsonConfigDiffers:
                    return Severity.Warning;
                case PresetFindingKind.PlistValueIsBuildSetting:
                    return Severity.Info;
                default:
                    return Severity.Error;
            }
        }

        public override string ToString() => Severity.ToString().ToLowerInvariant() + " " + Kind + ": " + Message;
    }

    /// <summary>A value and the findings made while producing it; <see cref="Value"/> is null when there is an error.</summary>
    public sealed class PresetResult<T>
        where T : class
    {
        internal PresetResult(T? value, IReadOnlyList<PresetFinding> findings)
        {
            Findings = findings;
            Value = findings.Any(f => f.Severity == Severity.Error) ? null : value;
        }

        public T? Value { get; }

        public IReadOnlyList<PresetFinding> Findings { get; }

        public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
    }
}
