using System;
using System.Globalization;
using System.Resources;

namespace OfflinePackage.Diagnostics
{
    /// <summary>Reads user-facing texts from Resources/Strings.resx, where each diagnostic's key is its code.</summary>
    public static class Strings
    {
        private static readonly ResourceManager Resources =
            new ResourceManager("OfflinePackage.Resources.Strings", typeof(Strings).Assembly);

        public static string Get(string name) =>
            Resources.GetString(name, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"Missing resource string '{name}'.");

        /// <summary>The text of <paramref name="name"/> with its placeholders {0}, {1}... filled with <paramref name="args"/>.</summary>
        public static string Format(string name, params object?[] args) =>
            string.Format(CultureInfo.CurrentCulture, Get(name), args);
    }
}
