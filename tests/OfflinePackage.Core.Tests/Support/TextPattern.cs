using System.Text;
using System.Text.RegularExpressions;

namespace OfflinePackage.Tests.Support;

/// <summary>
/// A text of <see cref="OfflinePackage.Diagnostics.Texts"/> as a regular expression that any filling of its placeholders
/// matches: for tests that know which text a finding should have but not every value filled into it.
/// </summary>
internal static class TextPattern
{
    public static string Of(string text)
    {
        var pattern = new StringBuilder("^");
        foreach (Match part in Regex.Matches(text, @"\{\{|\}\}|\{\d+(?:[,:][^}]*)?\}|[^{}]+", RegexOptions.CultureInvariant))
        {
            pattern.Append(part.Value switch
            {
                "{{" => Regex.Escape("{"),
                "}}" => Regex.Escape("}"),
                var v when v.StartsWith('{') => ".*",
                var v => Regex.Escape(v),
            });
        }

        return pattern.Append('$').ToString();
    }
}
