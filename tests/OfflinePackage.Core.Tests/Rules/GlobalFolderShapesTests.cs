using System.Text.RegularExpressions;
using OfflinePackage.Rules;

namespace OfflinePackage.Tests.Rules;

public class GlobalFolderShapesTests
{
    // The patterns the scanners replaced; they must keep matching exactly the same strings.
    private static readonly Regex AppFolderPattern = new Regex("^[A-Za-z0-9]+_[A-Za-z0-9-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex Pattern = new Regex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?/[A-Za-z0-9]+_[A-Za-z0-9-]+/", RegexOptions.CultureInvariant);

    [TestCase("mcube-prod.mpaascloud.com/53E5279071442_test/a.js", true)]
    [TestCase("a.b/x_y/", true)]
    [TestCase("a.b:8080/x_y/a.js", true)]
    [TestCase("a.b:٣/x_y/a.js", true)]
    [TestCase("A-1.B-2.c/X9_y-z/a.js", true)]
    [TestCase("www/x_y/a.js", false)]
    [TestCase("a.b/x_y", false)]
    [TestCase("a.b:/x_y/a.js", false)]
    [TestCase("a.b:8:9/x_y/a.js", false)]
    [TestCase("a.b:8a/x_y/a.js", false)]
    [TestCase("a..b/x_y/a.js", false)]
    [TestCase(".a.b/x_y/a.js", false)]
    [TestCase("a.b./x_y/a.js", false)]
    [TestCase("a.b/x_/a.js", false)]
    [TestCase("a.b/_y/a.js", false)]
    [TestCase("a.b/x-z_y/a.js", false)]
    [TestCase("a.b/x_y_z/a.js", false)]
    [TestCase("a.b//x_y/a.js", false)]
    [TestCase("é.b/x_y/a.js", false)]
    [TestCase("a.b/x_y#/a.js", false)]
    [TestCase("", false)]
    public void LooksLikeGlobalPath_MatchesWhatTheRegexItReplacedMatches(string path, bool expected) =>
        AssertBothMatch(Pattern, GlobalFolderShapes.LooksLikeGlobalPath, path, expected);

    [TestCase("53E5279071442_test", true)]
    [TestCase("a_b-c", true)]
    [TestCase("a_b\n", true)]
    [TestCase("a_b\n\n", false)]
    [TestCase("a_b ", false)]
    [TestCase("a_", false)]
    [TestCase("_b", false)]
    [TestCase("a-b_c", false)]
    [TestCase("a_b_c", false)]
    [TestCase("a_b/c", false)]
    [TestCase("é_b", false)]
    [TestCase("ab", false)]
    [TestCase("", false)]
    public void IsAppFolder_MatchesWhatTheRegexItReplacedMatches(string name, bool expected) =>
        AssertBothMatch(AppFolderPattern, GlobalFolderShapes.IsAppFolder, name, expected);

    private static void AssertBothMatch(Regex pattern, Func<string, bool> scanner, string text, bool expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pattern.IsMatch(text), Is.EqualTo(expected), "the case itself");
            Assert.That(scanner(text), Is.EqualTo(expected));
        }
    }
}
