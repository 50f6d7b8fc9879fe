using System;
using System.Collections.Generic;
using System.IO;

namespace OfflinePackage.Tool.Rendering
{
    /// <summary>
    /// Finds a system Chromium or Chrome: the --browser option, then OFFLINEPACKAGE_BROWSER, then the usual names on
    /// PATH. Never downloads one.
    /// </summary>
    internal static class BrowserLocator
    {
        public const string EnvironmentVariable = "OFFLINEPACKAGE_BROWSER";

        public static readonly IReadOnlyList<string> Names = new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome" };

        /// <summary>The browser's path, or null; <paramref name="explicitPath"/> and the variable must name an existing file.</summary>
        public static string? Find(string? explicitPath, Func<string, string?> environment)
        {
            var chosen = !string.IsNullOrEmpty(explicitPath) ? explicitPath : environment(EnvironmentVariable);
            if (!string.IsNullOrEmpty(chosen))
            {
                return File.Exists(chosen) ? Path.GetFullPath(chosen!) : OnPath(chosen!, environment("PATH"));
            }

            foreach (var name in Names)
            {
                var found = OnPath(name, environment("PATH"));
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        public static string? Find(string? explicitPath) => Find(explicitPath, Environment.GetEnvironmentVariable);

        private static string? OnPath(string name, string? path)
        {
            if (name.IndexOfAny(new[] { '/', '\\' }) >= 0)
            {
                return null;
            }

            foreach (var folder in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var candidate in new[] { name, name + ".exe" })
                {
                    var full = Path.Combine(folder, candidate);
                    if (File.Exists(full))
                    {
                        return full;
                    }
                }
            }

            return null;
        }
    }
}
