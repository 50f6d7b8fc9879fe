namespace OfflinePackage.Diagnostics
{
    /// <summary>The file a diagnostic points at, with a 1-based line and column when known (0 = unknown).</summary>
    public readonly struct SourceLocation
    {
        public SourceLocation(string file, int line = 0, int column = 0)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
    }
}
