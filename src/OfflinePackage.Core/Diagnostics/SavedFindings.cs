using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace OfflinePackage.Diagnostics
{
    /// <summary>What a step found (and the files it wrote), as saved for a later build that skips the step.</summary>
    public sealed class StepResults
    {
        public StepResults(IReadOnlyList<Diagnostic> findings, IReadOnlyList<string> files)
        {
            Findings = findings;
            Files = files;
        }

        public IReadOnlyList<Diagnostic> Findings { get; }

        public IReadOnlyList<string> Files { get; }
    }

    /// <summary>
    /// Findings and files saved as text, so a build that skips a step (nothing it reads changed) reports the step's
    /// findings again. A finding keeps its subject, not a location: a property's finding points at the property's line
    /// in the project file as it is when reported. The first line is a stamp: the kind of file and what the findings
    /// depend on; a file with another stamp is not read.
    /// </summary>
    public static class SavedFindings
    {
        public static string ToText(string stamp, IEnumerable<Diagnostic> findings, IEnumerable<string> files)
        {
            var text = new StringBuilder(stamp).Append('\n');
            foreach (var file in files)
            {
                text.Append("f\t").Append(Escape(file)).Append('\n');
            }

            foreach (var finding in findings)
            {
                var subject = finding.Subject;
                var fields = new[]
                    {
                        finding.Code, ((int)subject.Kind).ToString(CultureInfo.InvariantCulture), subject.File, Number(subject.Line),
                        Number(subject.Column), subject.Name, subject.Value == null ? string.Empty : "=" + subject.Value,
                    }
                    .Concat(finding.Args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty));
                text.Append("d\t").Append(string.Join("\t", fields.Select(Escape))).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The results saved in <paramref name="path"/> with <paramref name="stamp"/>; null when there are none (no file, another stamp, damaged).</summary>
        public static StepResults? Load(string path, string stamp)
        {
            try
            {
                if (path.Length == 0 || !File.Exists(path))
                {
                    return null;
                }

                var lines = File.ReadAllLines(path, Encoding.UTF8);
                if (lines.Length == 0 || lines[0] != stamp)
                {
                    return null;
                }

                var codes = DiagnosticCatalog.All.ToDictionary(d => d.Code);
                var findings = new List<Diagnostic>();
                var files = new List<string>();
                foreach (var fields in lines.Skip(1).Select(line => line.Split('\t').Select(Unescape).ToArray()))
                {
                    if (fields[0] == "f")
                    {
                        files.Add(fields[1]);
                        continue;
                    }

                    findings.Add(new Diagnostic(codes[fields[1]], ReadSubject(fields), fields.Skip(8).Cast<object>().ToArray()));
                }

                return new StepResults(findings, files);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is FormatException || e is IndexOutOfRangeException || e is KeyNotFoundException)
            {
                return null;
            }
        }

        private static Subject ReadSubject(string[] fields)
        {
            var file = fields[3];
            var name = fields[6];
            var value = fields[7].Length == 0 ? null : fields[7].Substring(1);
            switch ((SubjectKind)int.Parse(fields[2], CultureInfo.InvariantCulture))
            {
                case SubjectKind.File:
                    return new Subject(file, int.Parse(fields[4], CultureInfo.InvariantCulture), int.Parse(fields[5], CultureInfo.InvariantCulture));
                case SubjectKind.Property:
                    return Subject.Property(name, value);
                case SubjectKind.Item:
                    return Subject.Item(name, value ?? string.Empty, file.Length > 0 ? file : null);
                case SubjectKind.Project:
                    return Subject.Project;
                default:
                    throw new FormatException("Unknown subject kind.");
            }
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A value on one tab-separated line: backslash, tab, line breaks and NUL escaped.</summary>
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
