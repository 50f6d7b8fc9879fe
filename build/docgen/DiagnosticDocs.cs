using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.DocGen
{
    /// <summary>A file of the repository as the generator would write it.</summary>
    public sealed record GeneratedFile(string RelativePath, string Content);

    /// <summary>
    /// The docs' copies of the catalogue (<see cref="DiagnosticCatalog"/>): every table of codes, between a
    /// <c>&lt;!-- generated: table of codes OPKn --&gt;</c> line and a <c>&lt;!-- end of generated table --&gt;</c> line in
    /// any Markdown file below docs/, lists the codes that start with OPKn (all for OPK); and the first line of every
    /// docs/errors/OPKnnnn.md is "# code: title" and its "**Severity:**" line names the severity. Everything else in those files is written by hand.
    /// </summary>
    public static class DiagnosticDocs
    {
        public const string Command = "dotnet run --project build/docgen";

        private const string SeverityLabel = "**Severity:** ";

        private const string EndMarker = "<!-- end of generated table -->";

        /// <summary>The severity at the start of a page's severity line; what follows it ("(only in ...)", the line break) is the page's own.</summary>
        private static readonly Regex LeadingSeverity = new(@"^(Error|Warning|Message \(low importance\))", RegexOptions.CultureInvariant);

        private static readonly Regex StartMarker = new(@"^<!-- generated: table of codes (OPK\d*) ", RegexOptions.CultureInvariant);

        /// <summary>Every generated file, read from and relative to <paramref name="repoRoot"/>, with its content as it should be.</summary>
        public static IReadOnlyList<GeneratedFile> Generate(string repoRoot)
        {
            var docs = Path.Combine(repoRoot, "docs");
            var tables = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
                .Where(path => ReadLines(path).Any(line => StartMarker.IsMatch(line)))
                .Select(path => WithTables(repoRoot, path));
            var pages = DiagnosticCatalog.All
                .Select(d => Path.Combine(docs, "errors", d.Code + ".md"))
                .Where(File.Exists)
                .Select(path => WithHeading(repoRoot, path));
            return tables.Concat(pages).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        }

        /// <summary>How the docs name a severity: messages are only seen at a higher verbosity.</summary>
        public static string SeverityName(Severity severity) => severity switch
        {
            Severity.Error => "Error",
            Severity.Warning => "Warning",
            _ => "Message (low importance)",
        };

        private static GeneratedFile WithTables(string repoRoot, string path)
        {
            var errorsFolder = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(repoRoot, "docs", "errors")).Replace('\\', '/');
            var pagePrefix = errorsFolder == "." ? string.Empty : errorsFolder + "/";
            var lines = ReadLines(path);
            var output = new List<string>();
            for (var i = 0; i < lines.Count; i++)
            {
                output.Add(lines[i]);
                var start = StartMarker.Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                var end = lines.FindIndex(i + 1, line => line == EndMarker);
                if (end < 0)
                {
                    throw new InvalidDataException($"{path}:{i + 1}: a generated table without its '{EndMarker}' line");
                }

                output.AddRange(Table(start.Groups[1].Value, pagePrefix));
                output.Add(EndMarker);
                i = end;
            }

            return new GeneratedFile(Relative(repoRoot, path), Join(output));
        }

        private static IEnumerable<string> Table(string codePrefix, string pagePrefix)
        {
            yield return "| Code | Severity | Title |";
            yield return "| --- | --- | --- |";
            foreach (var d in DiagnosticCatalog.All.Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal)))
            {
                yield return $"| [{d.Code}]({pagePrefix}{d.Code}.md) | {SeverityName(d.Severity)} | {Markdown(d.Title)} |";
            }
        }

        private static GeneratedFile WithHeading(string repoRoot, string path)
        {
            var code = Path.GetFileNameWithoutExtension(path);
            var descriptor = DiagnosticCatalog.All.Single(d => d.Code == code);
            var lines = ReadLines(path);
            lines[0] = $"# {descriptor.Code}: {Markdown(descriptor.Title)}";
            var severity = lines.FindIndex(line => line.StartsWith(SeverityLabel, StringComparison.Ordinal));
            if (severity < 0)
            {
                throw new InvalidDataException($"{path}: no line starts with '{SeverityLabel}'");
            }

            lines[severity] = SeverityLabel + SeverityName(descriptor.Severity) + LeadingSeverity.Replace(lines[severity].Substring(SeverityLabel.Length), string.Empty, 1);
            return new GeneratedFile(Relative(repoRoot, path), Join(lines));
        }

        /// <summary>A title as Markdown text: "&lt;ID&gt;" would be read as an HTML tag, "|" as a cell's end.</summary>
        private static string Markdown(string text) => text.Replace("<", "&lt;").Replace(">", "&gt;").Replace("|", "\\|");

        /// <summary>The file's lines; a Windows checkout's CRLF reads the same as LF, and the generator writes LF.</summary>
        private static List<string> ReadLines(string path) =>
            File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").Split('\n').ToList();

        private static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

        private static string Relative(string repoRoot, string path) => Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
    }
}
