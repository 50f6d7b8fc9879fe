namespace OfflinePackage.Diagnostics
{
    /// <summary>What a finding is about.</summary>
    public enum SubjectKind
    {
        /// <summary>A file, with a 1-based line and column when known.</summary>
        File,

        /// <summary>An MSBuild property, by name (and the value the build saw).</summary>
        Property,

        /// <summary>An MSBuild item, by type and Include.</summary>
        Item,

        /// <summary>The project as a whole.</summary>
        Project,
    }

    /// <summary>
    /// What a finding points at: a file (line and column when known, 0 = unknown), a property, an item or the project.
    /// The core names the subject; only the MSBuild adapter turns a property or item into a line of a project file.
    /// </summary>
    public readonly struct Subject
    {
        /// <summary>A file subject.</summary>
        public Subject(string file, int line = 0, int column = 0)
            : this(SubjectKind.File, file, line, column, null, null)
        {
        }

        private Subject(SubjectKind kind, string? file, int line, int column, string? name, string? value)
        {
            Kind = kind;
            File = file ?? string.Empty;
            Line = line;
            Column = column;
            Name = name ?? string.Empty;
            Value = value;
        }

        /// <summary>The project being built: its file, as the adapter knows it.</summary>
        public static Subject Project => new Subject(SubjectKind.Project, null, 0, 0, null, null);

        public SubjectKind Kind { get; }

        /// <summary>The file (File), the project file that defines the item when known (Item), otherwise empty.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The property name (Property) or the item type (Item).</summary>
        public string Name { get; }

        /// <summary>
        /// The property's value as the build saw it, when known (a project file element holding something else
        /// means the value came from elsewhere, e.g. the command line), or the item's Include.
        /// </summary>
        public string? Value { get; }

        /// <summary>The property <paramref name="name"/>; <paramref name="value"/> is the value the build saw, when known.</summary>
        public static Subject Property(string name, string? value = null) =>
            new Subject(SubjectKind.Property, null, 0, 0, name, value);

        /// <summary>The <paramref name="itemType"/> item whose Include lists <paramref name="itemSpec"/>, in <paramref name="definingFile"/> (null: the project).</summary>
        public static Subject Item(string itemType, string itemSpec, string? definingFile = null) =>
            new Subject(SubjectKind.Item, definingFile, 0, 0, itemType, itemSpec);

        public override string ToString()
        {
            switch (Kind)
            {
                case SubjectKind.Property:
                    return "$(" + Name + ")";
                case SubjectKind.Item:
                    return (File.Length > 0 ? File + ": " : string.Empty) + "@(" + Name + ") " + Value;
                case SubjectKind.Project:
                    return "project";
                default:
                    return Line > 0 ? $"{File}({Line},{Column})" : File;
            }
        }
    }
}
