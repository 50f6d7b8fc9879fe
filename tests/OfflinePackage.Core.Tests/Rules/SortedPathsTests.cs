using OfflinePackage.Rules;

namespace OfflinePackage.Tests.Rules;

public class SortedPathsTests
{
    [TestCase("", "www/a.js", 0)]
    [TestCase("www/a.js", "www/a.js", 8)]
    [TestCase("www/a/b.js", "www/a/c.js", 6)]
    [TestCase("www/a", "www/a/b.js", 5)]
    [TestCase("www/A/b.js", "www/a/b.js", 4)]
    [TestCase("static/x.js", "www/x.js", 0)]
    public void SharedStart_CountsTheCommonLeadingCharacters(string previous, string path, int expected) =>
        Assert.That(SortedPaths.SharedStart(previous, path), Is.EqualTo(expected));
}
