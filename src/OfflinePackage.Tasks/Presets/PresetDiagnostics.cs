using System;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// The OPK code of each preset finding (OPK6001–OPK6039, in <see cref="PresetFindingKind"/> order) and the
    /// diagnostic a finding becomes. The message is the code's text in Resources/Strings.resx, filled with
    /// <see cref="PresetFinding.Arguments"/>; the finding's English <see cref="PresetFinding.Message"/> is not used.
    /// </summary>
    public static class PresetDiagnostics
    {
        /// <summary>The descriptor of <paramref name="kind"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
        public static DiagnosticDescriptor For(PresetFindingKind kind)
        {
            switch (kind)
            {
                case PresetFindingKind.VirtualDomainMissing: return DiagnosticCatalog.VirtualDomainMissing;
                case PresetFindingKind.VirtualDomainHasScheme: return DiagnosticCatalog.VirtualDomainHasScheme;
                case PresetFindingKind.VirtualDomainHasPath: return DiagnosticCatalog.VirtualDomainHasPath;
                case PresetFindingKind.VirtualDomainHasPort: return DiagnosticCatalog.VirtualDomainHasPort;
                case PresetFindingKind.VirtualDomainInvalid: return DiagnosticCatalog.VirtualDomainInvalid;
                case PresetFindingKind.VirtualDomainNotLowerCase: return DiagnosticCatalog.VirtualDomainNotLowerCase;
                case PresetFindingKind.VirtualDomainSingleLabel: return DiagnosticCatalog.VirtualDomainSingleLabel;
                case PresetFindingKind.ExtendInfoInvalidJson: return DiagnosticCatalog.ExtendInfoInvalidJson;
                case PresetFindingKind.ExtendInfoNotObject: return DiagnosticCatalog.ExtendInfoNotObject;
                case PresetFindingKind.AsyncReqRateInvalid: return DiagnosticCatalog.AsyncReqRateInvalid;
                case PresetFindingKind.ExtendInfoDuplicateMember: return DiagnosticCatalog.ExtendInfoDuplicateMember;
                case PresetFindingKind.NoClientPlatform: return DiagnosticCatalog.NoClientPlatform;
                case PresetFindingKind.ClientVersionInvalid: return DiagnosticCatalog.ClientVersionInvalid;
                case PresetFindingKind.ClientMinVersionMissing: return DiagnosticCatalog.ClientMinVersionMissing;
                case PresetFindingKind.ClientMinAboveMax: return DiagnosticCatalog.ClientMinAboveMax;
                case PresetFindingKind.ClientMaxPolicyMismatch: return DiagnosticCatalog.ClientMaxPolicyMismatch;
                case PresetFindingKind.ProductVersionMissing: return DiagnosticCatalog.ProductVersionMissing;
                case PresetFindingKind.ProductVersionNotNumeric: return DiagnosticCatalog.ProductVersionNotNumeric;
                case PresetFindingKind.IosMinAboveProductVersion: return DiagnosticCatalog.IosMinAboveProductVersion;
                case PresetFindingKind.IosMaxBelowProductVersion: return DiagnosticCatalog.IosMaxBelowProductVersion;
                case PresetFindingKind.ProductVersionDiffersFromShortVersion: return DiagnosticCatalog.ProductVersionDiffersFromShortVersion;
                case PresetFindingKind.PlistValueIsBuildSetting: return DiagnosticCatalog.PlistValueIsBuildSetting;
                case PresetFindingKind.PlistNotFound: return DiagnosticCatalog.PlistNotFound;
                case PresetFindingKind.PlistUnreadable: return DiagnosticCatalog.PlistUnreadable;
                case PresetFindingKind.PlistInvalid: return DiagnosticCatalog.PlistInvalid;
                case PresetFindingKind.PlistUnsupportedFormat: return DiagnosticCatalog.PlistUnsupportedFormat;
                case PresetFindingKind.PlistRootNotDictionary: return DiagnosticCatalog.PlistRootNotDictionary;
                case PresetFindingKind.H5JsonInvalidJson: return DiagnosticCatalog.H5JsonInvalidJson;
                case PresetFindingKind.H5JsonUnreadable: return DiagnosticCatalog.H5JsonUnreadable;
                case PresetFindingKind.H5JsonInvalidShape: return DiagnosticCatalog.H5JsonInvalidShape;
                case PresetFindingKind.H5JsonMemberType: return DiagnosticCatalog.H5JsonMemberType;
                case PresetFindingKind.H5JsonMemberIgnored: return DiagnosticCatalog.H5JsonMemberIgnored;
                case PresetFindingKind.H5JsonConfigDiffers: return DiagnosticCatalog.H5JsonConfigDiffers;
                case PresetFindingKind.DuplicateAppId: return DiagnosticCatalog.DuplicateAppId;
                case PresetFindingKind.PresetEntryWithoutPackage: return DiagnosticCatalog.PresetEntryWithoutPackage;
                case PresetFindingKind.PresetPackageWithoutEntry: return DiagnosticCatalog.PresetPackageWithoutEntry;
                case PresetFindingKind.PresetVersionMismatch: return DiagnosticCatalog.PresetVersionMismatch;
                case PresetFindingKind.PresetFileNameMismatch: return DiagnosticCatalog.PresetFileNameMismatch;
                case PresetFindingKind.PresetVHostMismatch: return DiagnosticCatalog.PresetVHostMismatch;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown preset finding kind");
            }
        }

        /// <summary>The finding as a diagnostic at <paramref name="location"/>, with the finding's arguments.</summary>
        public static Diagnostic ToDiagnostic(PresetFinding finding, SourceLocation location)
        {
            if (finding == null)
            {
                throw new ArgumentNullException(nameof(finding));
            }

            return new Diagnostic(For(finding.Kind), location, finding.Arguments.Cast<object>().ToArray());
        }
    }
}
