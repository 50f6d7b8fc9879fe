using System.Collections.Generic;
using System.Linq;

namespace OfflinePackage.Diagnostics
{
    /// <summary>A value a check read or built and the findings it made on the way; <see cref="Value"/> is null when one of them is an error.</summary>
    public sealed class Checked<T>
        where T : class
    {
        public Checked(T? value, IReadOnlyList<Diagnostic> diagnostics)
        {
            Diagnostics = diagnostics;
            HasErrors = diagnostics.Any(d => d.Severity == Severity.Error);
            Value = HasErrors ? null : value;
        }

        public T? Value { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors { get; }

        /// <summary>No value, because of <paramref name="error"/>.</summary>
        public static Checked<T> Failed(Diagnostic error) => new Checked<T>(null, new[] { error });
    }
}
