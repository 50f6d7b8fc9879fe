namespace OfflinePackage.Diagnostics
{
    /// <summary>A diagnostic code and its severity; the text lives in Resources/Strings.resx under the code.</summary>
    public sealed class DiagnosticDescriptor
    {
        public DiagnosticDescriptor(string code, Severity severity, string title)
        {
            Code = code;
            Severity = severity;
            Title = title;
        }

        public string Code { get; }

        public Severity Severity { get; }

        /// <summary>A short English name used in docs and tests; the user-facing text is the resource.</summary>
        public string Title { get; }

        public string MessageFormat => Strings.Get(Code);

        public override string ToString() => Code;
    }
}
