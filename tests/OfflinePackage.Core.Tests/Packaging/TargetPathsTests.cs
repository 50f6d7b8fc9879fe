using OfflinePackage.Packaging;

namespace OfflinePackage.Tests.Packaging;

public class TargetPathsTests
{
    [TestCase("www", "www")]
    [TestCase("static", "static")]
    [TestCase("www/assets/app.js", "www/assets/app.js")]
    [TestCase(@"a\b", "a/b")]
    [TestCase(@"a\b\c.js", "a/b/c.js")]
    [TestCase("./a", "a")]
    [TestCase("./a/b", "a/b")]
    [TestCase("a/./b", "a/b")]
    [TestCase("a/.", "a")]
    [TestCase("a/", "a")]
    [TestCase(@"a\", "a")]
    [TestCase(".", "")]
    [TestCase("./", "")]
    [TestCase("./.", "")]
    [TestCase("", "")]
    public void Normalize_SafePath_ReturnsSlashSeparatedRelativePath(string raw, string expected)
    {
        var result = TargetPaths.Normalize(raw, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(expected));
            Assert.That(reason, Is.Null);
        }
    }

    [TestCase("/x")]
    [TestCase("/")]
    [TestCase(@"\x")]
    [TestCase("//server/share/x")]
    [TestCase(@"\\server\share\x")]
    [TestCase("C:/x")]
    [TestCase(@"c:\x")]
    [TestCase("C:x")]
    [TestCase("..")]
    [TestCase("../a")]
    [TestCase("./../a")]
    [TestCase("a/..")]
    [TestCase("a/../b")]
    [TestCase(@"a\..\b")]
    [TestCase("a//b")]
    [TestCase(@"a\\b")]
    [TestCase(@"a/\b")]
    [TestCase("a/b//")]
    public void Normalize_UnsafePath_ReturnsNullWithAReason(string raw)
    {
        var result = TargetPaths.Normalize(raw, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.Null);
            Assert.That(reason, Is.Not.Null.And.Not.Empty);
        }
    }

    [Test]
    public void Normalize_GivesADifferentReasonForRootedParentAndEmptySegment()
    {
        TargetPaths.Normalize("/x", out var rooted);
        TargetPaths.Normalize("a/../b", out var parent);
        TargetPaths.Normalize("a//b", out var emptySegment);

        Assert.That(new[] { rooted, parent, emptySegment }, Is.Unique.And.All.Not.Null);
    }

    [Test]
    public void Normalize_ParentSegmentReason_IsNotTheRootedReason()
    {
        // "../" starts with a dot, not a slash: it must be reported as leaving the folder, not as absolute.
        TargetPaths.Normalize("../x", out var parent);
        TargetPaths.Normalize("/x", out var rooted);

        Assert.That(parent, Is.Not.EqualTo(rooted));
    }

    [TestCase("www", "a.js", "www/a.js")]
    [TestCase("www/sub", "a/b.js", "www/sub/a/b.js")]
    [TestCase("", "a.js", "a.js")]
    [TestCase("www", "", "www")]
    [TestCase("", "", "")]
    public void Combine_JoinsWithASingleSlashAndSkipsEmptyParts(string folder, string relative, string expected)
    {
        Assert.That(TargetPaths.Combine(folder, relative), Is.EqualTo(expected));
    }
}
