using System.Globalization;

namespace OfflinePackage.Diagnostics
{
    /// <summary>One finding: a code (its severity and text come from the catalogue), the values that fill its message, and its subject.</summary>
    public sealed class Diagnostic
    {
        public Diagnostic(DiagnosticDescriptor descriptor, Subject subject, params object[] args)
        {
            Descriptor = descriptor;
            Subject = subject;
            Args = args;
            Severity = descriptor.Severity;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>What the finding is about: a file (with line and column), a property, an item or the project.</summary>
        public Subject Subject { get; }

        public object[] Args { get; }

        public string Code => Descriptor.Code;

        /// <summary>The descriptor's severity, unless strict mode raised a warning to an error.</summary>
        public Severity Severity { get; private set; }

        /// <summary>The same finding as an error (strict mode).</summary>
        public Diagnostic AsError() =>
            new Diagnostic(Descriptor, Subject, Args) { Severity = Severity.Error };

        /// <summary>In strict mode (OfflinePackageStrict) a warning is an error; everything else stays as it is.</summary>
        public Diagnostic InMode(bool strict) => strict && Severity == Severity.Warning ? AsError() : this;

        public string Message => string.Format(CultureInfo.CurrentCulture, Descriptor.MessageFormat, Args);

        public override string ToString() => $"{Subject}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
