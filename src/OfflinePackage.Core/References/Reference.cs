using System.Collections.Generic;

namespace OfflinePackage.References
{
    /// <summary>How a reference is used, which decides what a miss means.</summary>
    public enum ReferenceKind
    {
        /// <summary>Loaded by the page: a script, stylesheet, image, font, icon, manifest, a module import.</summary>
        Load,

        /// <summary>A link to another page (&lt;a href&gt;, &lt;area href&gt;).</summary>
        Link,

        /// <summary>A JavaScript string literal that looks like a root-absolute path: checked only by a heuristic.</summary>
        Literal,
    }

    /// <summary>A URL as written in a file, where it was written (1-based line and column), and how it is used.</summary>
    public sealed class Reference
    {
        public Reference(string value, ReferenceKind kind, int line, int column)
        {
            Value = value;
            Kind = kind;
            Line = line;
            Column = column;
        }

        public string Value { get; }

        public ReferenceKind Kind { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>What one file says: its references, the &lt;base href&gt; of an HTML page, or why it could not be read.</summary>
    public sealed class FileReferences
    {
        public static readonly FileReferences None = new FileReferences(new List<Reference>());

        public FileReferences(IReadOnlyList<Reference> references, string? baseHref = null, ParseProblem? problem = null)
        {
            References = references;
            BaseHref = baseHref;
            Problem = problem;
        }

        public IReadOnlyList<Reference> References { get; }

        /// <summary>The href of the page's first &lt;base&gt; with one, which every relative URL of the page resolves against.</summary>
        public string? BaseHref { get; }

        public ParseProblem? Problem { get; }
    }

    /// <summary>A file the parser refused (a JavaScript syntax error): its references are not checked.</summary>
    public sealed class ParseProblem
    {
        public ParseProblem(string reason, int line, int column)
        {
            Reason = reason;
            Line = line;
            Column = column;
        }

        public string Reason { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
