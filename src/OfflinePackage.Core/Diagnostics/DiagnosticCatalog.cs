using System;
using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Diagnostics
{
    /// <summary>
    /// Every OPKnnnn code the SDK can report, once: its severity and its title (the heading of its page in docs/errors;
    /// the tables of codes in the docs are generated from here: build/docgen). Its message is the resource of
    /// Resources/Strings.resx named by the code. One file per bucket: DiagnosticCatalog.Properties.cs (1xxx),
    /// .Resources.cs (2xxx), .Inputs.cs (3xxx), .Archives.cs (4xxx), .Signing.cs (5xxx), .Presets.cs (6xxx),
    /// .References.cs (7xxx), .Render.cs (8xxx). A new code takes the number after its bucket's last; codes are never reused.
    /// </summary>
    public static partial class DiagnosticCatalog
    {
        // Filled by Define as the buckets' fields are initialized. No initializer: the parts of a partial class
        // initialize in no specified order, and this list must exist before the first Define of any part.
        private static List<DiagnosticDescriptor>? _defined;

        private static IReadOnlyList<DiagnosticDescriptor>? _all;

        /// <summary>Every code, in code order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All =>
            _all ??= _defined!.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();

        /// <param name="code">The code, named through the resource that holds its message, so a code without one does not compile.</param>
        private static DiagnosticDescriptor Define(string code, Severity severity, string title)
        {
            var descriptor = new DiagnosticDescriptor(code, severity, title);
            (_defined ??= new List<DiagnosticDescriptor>()).Add(descriptor);
            return descriptor;
        }
    }
}
