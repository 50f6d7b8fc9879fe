using System;

namespace OfflinePackage.Diagnostics
{
    /// <summary>A diagnostic code, its severity and its title; the message lives in Resources/Strings.resx under the code.</summary>
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

        /// <summary>A short English name: the heading of the code's page and its row in the tables of codes (build/docgen).</summary>
        public string Title { get; }

        public string MessageFormat =>
            Texts.ResourceManager.GetString(Code, Texts.Culture)
            ?? throw new InvalidOperationException($"Missing resource string '{Code}'.");

        public override string ToString() => Code;
    }
}
