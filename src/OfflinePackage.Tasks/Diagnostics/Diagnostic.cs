using System.Globalization;

namespace OfflinePackage.Diagnostics
{
    /// <summary>One finding: a code, the values that fill its message, and where it points.</summary>
    public sealed class Diagnostic
    {
        public Diagnostic(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args)
        {
            Descriptor = descriptor;
            Location = location;
            Args = args;
            Severity = descriptor.Severity;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public SourceLocation Location { get; }

        public object[] Args { get; }

        public string Code => Descriptor.Code;

        /// <summary>The descriptor's severity, unless strict mode raised a warning to an error.</summary>
        public Severity Severity { get; private set; }

        /// <summary>The same finding as an error (strict mode).</summary>
        public Diagnostic AsError() =>
            new Diagnostic(Descriptor, Location, Args) { Severity = Severity.Error };

        /// <summary>In strict mode (OfflinePackageStrict) a warning is an error; everything else stays as it is.</summary>
        public Diagnostic InMode(bool strict) => strict && Severity == Severity.Warning ? AsError() : this;

        public string Message => string.Format(CultureInfo.CurrentCulture, Descriptor.MessageFormat, Args);

        public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
