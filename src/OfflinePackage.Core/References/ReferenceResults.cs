using System;
using System.Collections.Generic;
using System.Globalization;
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
        private const string Header = "offlinepackage-reference-results 1";

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
        public static IReadOnlyList<Diagnostic>? Load(string path, string fingerprint)
        {
            try
            {
                if (path.Length == 0 || !File.Exists(path))
                {
                    return null;
                }

                var lines = File.ReadAllLines(path, Encoding.UTF8);
                if (lines.Length < 2 || lines[0] != Header || lines[1] != fingerprint)
                {
                    return null;
                }

                var codes = DiagnosticCatalog.All.ToDictionary(d => d.Code);
                return lines.Skip(2).Select(line =>
                {
                    var fields = line.Split('\t').Select(Unescape).ToArray();
                    var location = new Subject(fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
                    return new Diagnostic(codes[fields[0]], location, fields.Skip(4).Cast<object>().ToArray());
                }).ToList();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is FormatException || e is IndexOutOfRangeException || e is KeyNotFoundException)
            {
                return null;
            }
        }

        public static void Save(string path, string fingerprint, IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder(Header).Append('\n').Append(fingerprint).Append('\n');
            foreach (var diagnostic in diagnostics)
            {
                var fields = new[] { diagnostic.Code, diagnostic.Subject.File, Number(diagnostic.Subject.Line), Number(diagnostic.Subject.Column) }
                    .Concat(diagnostic.Args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty));
                text.Append(string.Join("\t", fields.Select(Escape))).Append('\n');
            }

            FileUpdate.WriteIfChanged(path, new UTF8Encoding(false).GetBytes(text.ToString()));
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        internal static string Escape(string value) =>
            value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\0", "\\0");

        internal static string Unescape(string value)
        {
            if (value.IndexOf('\\') < 0)
            {
                return value;
            }

            var text = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] != '\\' || i + 1 >= value.Length)
                {
                    text.Append(value[i]);
                    continue;
                }

                var next = value[++i];
                text.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', _ => next });
            }

            return text.ToString();
        }
    }
}
