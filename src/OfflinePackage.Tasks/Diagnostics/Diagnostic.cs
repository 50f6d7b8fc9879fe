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
        }

        public DiagnosticDescriptor Descriptor { get; }

        public SourceLocation Location { get; }

        public object[] Args { get; }

        public string Code => Descriptor.Code;

        public Severity Severity => Descriptor.Severity;

        public string Message => string.Format(CultureInfo.CurrentCulture, Descriptor.MessageFormat, Args);

        public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
