using System;
using System.Globalization;

namespace OfflinePackage.Diagnostics
{
    /// <summary>
    /// Reads texts of Resources/Strings.resx by key. Being retired: new code reads the generated <see cref="Texts"/>
    /// (Texts.Name, Texts.Name.With(args)), which the compiler checks; Presets/, Amr/ and OfflinePackage.Verify still use this.
    /// </summary>
    public static class Strings
    {
        public static string Get(string name) =>
            Texts.ResourceManager.GetString(name, Texts.Culture)
            ?? throw new InvalidOperationException($"Missing resource string '{name}'.");

        /// <summary>The text of <paramref name="name"/> with its placeholders {0}, {1}... filled with <paramref name="args"/>.</summary>
        public static string Format(string name, params object?[] args) => Get(name).With(args);
    }
}
