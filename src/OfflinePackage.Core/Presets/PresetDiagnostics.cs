using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
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
        // Each kind's descriptor is the catalogue field of the same name, so the kinds are not listed a third time.
        private static readonly Dictionary<PresetFindingKind, DiagnosticDescriptor> Descriptors =
            typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor) && Enum.IsDefined(typeof(PresetFindingKind), f.Name))
                .ToDictionary(f => (PresetFindingKind)Enum.Parse(typeof(PresetFindingKind), f.Name), f => (DiagnosticDescriptor)f.GetValue(null)!);

        /// <summary>The descriptor of <paramref name="kind"/>: the <see cref="DiagnosticCatalog"/> field named like the kind.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
        public static DiagnosticDescriptor For(PresetFindingKind kind) =>
            Descriptors.TryGetValue(kind, out var descriptor)
                ? descriptor
                : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown preset finding kind");

        /// <summary>The finding as a diagnostic at <paramref name="location"/>, with the finding's arguments.</summary>
        public static Diagnostic ToDiagnostic(PresetFinding finding, Subject location)
        {
            if (finding == null)
            {
                throw new ArgumentNullException(nameof(finding));
            }

            return new Diagnostic(For(finding.Kind), location, finding.Arguments.Cast<object>().ToArray());
        }
    }
}
