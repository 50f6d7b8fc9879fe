using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.References
{
    /// <summary>
    /// What each file said the last time it was parsed, kept in obj/ and keyed by its path, size and write time,
    /// so an unchanged file is never parsed twice. One line per file, then one per reference; fields tab-separated.
    /// </summary>
    public sealed class ReferenceCache
    {
        // Bumped whenever what the extractors find changes, so an old cache is never trusted.
        private const string Header = "offlinepackage-references 1";

        private readonly Dictionary<string, FileReferences> _entries;

        private ReferenceCache(Dictionary<string, FileReferences> entries)
        {
            _entries = entries;
        }

        public static string KeyOf(string sourcePath, ReferenceExtractor.Language language)
        {
            var info = new FileInfo(sourcePath);
            return string.Join("|", sourcePath, info.Length.ToString(CultureInfo.InvariantCulture),
                info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture), language.ToString());
        }

        public bool TryGet(string key, out FileReferences references) => _entries.TryGetValue(key, out references!);

        /// <summary>The cache at <paramref name="path"/>; empty when it is missing, unreadable or of another version.</summary>
        public static ReferenceCache Load(string path)
        {
            var entries = new Dictionary<string, FileReferences>(StringComparer.Ordinal);
            try
            {
                if (path.Length > 0 && File.Exists(path))
                {
                    Read(File.ReadAllLines(path, Encoding.UTF8), entries);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is FormatException || e is IndexOutOfRangeException)
            {
                entries.Clear();
            }

            return new ReferenceCache(entries);
        }

        /// <summary>Writes <paramref name="entries"/> (the files of this build only) when they differ from the file.</summary>
        public static void Save(string path, IEnumerable<KeyValuePair<string, FileReferences>> entries)
        {
            var text = new StringBuilder(Header).Append('\n');
            foreach (var entry in entries)
            {
                var found = entry.Value;
                text.Append("F\t").Append(Escape(entry.Key)).Append('\t').Append(Escape(found.BaseHref ?? "\0")).Append('\n');
                if (found.Problem is ParseProblem problem)
                {
                    text.Append("E\t").Append(Number(problem.Line)).Append('\t').Append(Number(problem.Column)).Append('\t').Append(Escape(problem.Reason)).Append('\n');
                }

                foreach (var reference in found.References)
                {
                    text.Append("R\t").Append((int)reference.Kind).Append('\t').Append(Number(reference.Line)).Append('\t')
                        .Append(Number(reference.Column)).Append('\t').Append(Escape(reference.Value)).Append('\n');
                }
            }

            FileUpdate.WriteIfChanged(path, new UTF8Encoding(false).GetBytes(text.ToString()));
        }

        private static void Read(string[] lines, Dictionary<string, FileReferences> entries)
        {
            if (lines.Length == 0 || lines[0] != Header)
            {
                return;
            }

            string? key = null;
            string? baseHref = null;
            ParseProblem? problem = null;
            var references = new List<Reference>();
            void Flush()
            {
                if (key != null)
                {
                    entries[key] = new FileReferences(references, baseHref, problem);
                }
            }

            for (var i = 1; i < lines.Length; i++)
            {
                var fields = lines[i].Split('\t');
                switch (fields[0])
                {
                    case "F":
                        Flush();
                        key = Unescape(fields[1]);
                        baseHref = fields[2] == "\\0" ? null : Unescape(fields[2]);
                        problem = null;
                        references = new List<Reference>();
                        break;
                    case "E":
                        problem = new ParseProblem(Unescape(fields[3]), int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
                        break;
                    case "R":
                        references.Add(new Reference(Unescape(fields[4]), (ReferenceKind)int.Parse(fields[1], CultureInfo.InvariantCulture),
                            int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture)));
                        break;
                    default:
                        throw new FormatException("Unknown line in the references cache.");
                }
            }

            Flush();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Escape(string value) => SavedFindings.Escape(value);

        private static string Unescape(string value) => SavedFindings.Unescape(value);
    }
}
