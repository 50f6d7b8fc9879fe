using System.Text;
using System.Text.RegularExpressions;

namespace OfflinePackage.Tests.Support;

/// <summary>
/// Reads the product's C# sources as text, for tests that guard how the code builds user-facing texts (keys of
/// Resources/Strings.resx rather than literals). A scan, not a compiler: good enough for the code's own style.
/// </summary>
internal static class SourceScan
{
    /// <summary>Every C# source below src/ (or below src/&lt;folder...&gt;), without bin/ and obj/, as (path relative to the root, text).</summary>
    public static IEnumerable<(string Path, string Text)> Sources(params string[] folder) =>
        Directory.EnumerateFiles(RepoPaths.Combine(["src", .. folder]), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (Path.GetRelativePath(RepoPaths.Root, path), File.ReadAllText(path)));

    /// <summary>
    /// Every match of <paramref name="callee"/> (a pattern ending just before the call's arguments, e.g. <c>\bnew\s+X\s*\(</c>)
    /// that is not on a comment line, with its 1-based line and its top-level arguments as source text.
    /// </summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Arguments)> Calls(string text, Regex callee) =>
        callee.Matches(text)
            .Where(m => !LineBefore(text, m.Index).Contains("//", StringComparison.Ordinal))
            .Select(m => (LineNumber(text, m.Index), (IReadOnlyList<string>)SplitArguments(text, m.Index + m.Length)));

    public static string LineBefore(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return text.Substring(lineStart, index - lineStart);
    }

    public static int LineNumber(string text, int index) => text.Take(index).Count(c => c == '\n') + 1;

    /// <summary>
    /// The top-level arguments of the call whose '(' ends just before <paramref name="start"/>, as source text; a ';' at
    /// the top level also ends them (so that the right-hand side of an assignment reads as one argument).
    /// </summary>
    public static List<string> SplitArguments(string text, int start)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                // A string or char literal, kept whole so that its commas and parentheses do not count.
                var end = i + 1;
                while (end < text.Length && text[end] != c)
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                current.Append(text, i, Math.Min(end, text.Length - 1) - i + 1);
                i = end;
                continue;
            }

            if (depth == 0 && (c == ',' || c == ')' || c == ';'))
            {
                arguments.Add(current.ToString());
                current.Clear();
                if (c != ',')
                {
                    return arguments;
                }

                continue;
            }

            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            current.Append(c);
        }

        return arguments;
    }
}
