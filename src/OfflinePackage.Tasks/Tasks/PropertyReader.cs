using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tasks
{
    /// <summary>Parses property values given to a task as text; a bad value becomes an OPK1015 error on the property's line.</summary>
    internal sealed class PropertyReader
    {
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        /// <summary>An enum value by name (any case); null when empty or invalid.</summary>
        public T? Enum<T>(string property, string value)
            where T : struct
        {
            var names = System.Enum.GetNames(typeof(T));
            var match = OneOf(property, value, names);
            return match == null ? null : (T?)System.Enum.Parse(typeof(T), match);
        }

        /// <summary>One of <paramref name="allowed"/> (any case, returned as listed); null when empty or invalid.</summary>
        public string? OneOf(string property, string value, params string[] allowed)
        {
            var text = value.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
            if (match == null)
            {
                Invalid(property, value, Texts.Allowed_OneOf.With(string.Join(", ", allowed)));
            }

            return match;
        }

        public bool Boolean(string property, string value) => OneOf(property, value, "true", "false") == "true";

        public long? NonNegative(string property, string value)
        {
            var text = value.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Invalid(property, value, Texts.Allowed_Bytes);
            return null;
        }

        private void Invalid(string property, string value, string allowed) =>
            _diagnostics.Add(new Diagnostic(
                DiagnosticCatalog.InvalidPropertyValue,
                Subject.Property(property, value),
                property,
                value,
                allowed));
    }
}
