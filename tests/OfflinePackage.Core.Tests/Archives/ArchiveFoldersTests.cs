using OfflinePackage.Archives;

namespace OfflinePackage.Tests.Archives;

public class ArchiveFoldersTests
{
    [TestCase("www/a.js", false)]
    [TestCase("www/.well-known/a.js", false)]
    [TestCase("www/..a/b..", false)]
    [TestCase("a", false)]
    [TestCase("", true)]
    [TestCase("www//a.js", true)]
    [TestCase("www/a.js/", true)]
    [TestCase("/www", true)]
    [TestCase("./www", true)]
    [TestCase("www/.", true)]
    [TestCase("www/../a.js", true)]
    [TestCase("..", true)]
    public void HasEmptyOrDotSegment_AsSplittingOnSlashWouldSay(string name, bool expected)
    {
        Assert.That(ArchiveFolders.HasEmptyOrDotSegment(name), Is.EqualTo(expected));
        Assert.That(name.Split('/').Any(s => s.Length == 0 || s == "." || s == ".."), Is.EqualTo(expected), "the case itself");
    }
}
