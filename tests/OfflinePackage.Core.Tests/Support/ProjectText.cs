namespace OfflinePackage.Tests.Support;

/// <summary>Positions inside text that a test wrote itself, counted the way an editor shows them (1-based).</summary>
internal static class ProjectText
{
    /// <summary>Line and column of the first character of the last occurrence of <paramref name="needle"/>.</summary>
    public static (int Line, int Column) PositionOfLast(string text, string needle)
    {
        var index = text.LastIndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{needle}' is not in the text.", nameof(needle));
        }

        var line = 1 + text.Take(index).Count(c => c == '\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

        return (line, index - lineStart + 1);
    }
}
