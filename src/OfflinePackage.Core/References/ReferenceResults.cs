using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.References
{
    /// <summary>
    /// The findings of the last check and a fingerprint of everything they depend on (the options, the known global
    /// URLs and every file's path, size and write time). A build whose fingerprint matches replays them without
    /// loading a parser, so a no-op build still shows its warnings at almost no cost.
    /// </summary>
    public static class ReferenceResults
    {
        private const string Header = "offlinepackage-reference-results 2";

        public static string Fingerprint(ReferenceCheckOptions options, IReadOnlyList<PackageFile> files, Func<PackageFile, bool> isChecked)
        {
            var text = new StringBuilder();
            text.Append(options.PackageId).Append('\n').Append(options.Type).Append('\n').Append(options.MainUrl).Append('\n')
                .Append(options.VirtualDomain).Append('\n').Append(options.GlobalRoot).Append('\n').Append(options.UrlScheme).Append('\n')
                .Append(options.ServerDomain).Append('\n');
            foreach (var url in options.KnownGlobalUrls.OrderBy(u => u, StringComparer.Ordinal))
            {
                text.Append("g ").Append(url).Append('\n');
            }

            foreach (var host in options.NetworkHosts.OrderBy(h => h, StringComparer.OrdinalIgnoreCase))
            {
                text.Append("h ").Append(host).Append('\n');
            }

            foreach (var file in files)
            {
                var info = new FileInfo(file.SourcePath);
                text.Append(isChecked(file) ? "c " : "f ").Append(file.TargetPath).Append('\t').Append(file.SourcePath).Append('\t')
                    .Append(info.Exists ? info.Length : -1).Append('\t').Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
            }

            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()))).Replace("-", string.Empty);
        }

        /// <summary>The findings saved with <paramref name="fingerprint"/>, or null when there are none for it.</summary>
        public static IReadOnlyList<Diagnostic>? Load(string path, string fingerprint) =>
            SavedFindings.Load(path, Header + " " + fingerprint)?.Findings;

        public static void Save(string path, string fingerprint, IEnumerable<Diagnostic> diagnostics) =>
            FileUpdate.WriteIfChanged(path, new UTF8Encoding(false).GetBytes(SavedFindings.ToText(Header + " " + fingerprint, diagnostics, Array.Empty<string>())));
    }
}
