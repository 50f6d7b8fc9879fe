using OfflinePackage.References;

namespace OfflinePackage.Tests.References;

public class CssReferencesTests
{
    private static IReadOnlyList<string> Urls(string css) => CssReferences.Extract(css).Select(r => r.Value).ToList();

    [TestCase("a{background:url(img/a.png)}", "img/a.png")]
    [TestCase("a{background:url( 'img/b.png' )}", "img/b.png")]
    [TestCase("a{background:URL(\"img/c.png\")}", "img/c.png")]
    [TestCase("@font-face{src:url(f.woff2?v=1#iefix) format('woff2')}", "f.woff2?v=1#iefix")]
    [TestCase("@import 'base.css';", "base.css")]
    [TestCase("@import url(theme.css) screen;", "theme.css")]
    [TestCase("a{background:url(a\\ b.png)}", "a b.png")]
    [TestCase("a{background:url(\\61 .png)}", "a.png")]
    public void FindsTheUrl(string css, string expected)
    {
        Assert.That(Urls(css), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void ImageSetStringsAndUrlsAreUrls()
    {
        Assert.That(Urls("a{background-image:image-set('a.png' 1x, url(b.png) 2x, \"c.avif\" type('image/avif'))}"),
            Is.EqualTo(new[] { "a.png", "b.png", "c.avif" }));
    }

    [TestCase("/* url(commented.png) */ a{}")]
    [TestCase("a::after{content:'url(x.png)'}")]
    [TestCase("a{font-family:'Open Sans'}")]
    [TestCase("@charset 'utf-8';")]
    public void OtherStringsAndCommentsAreNotUrls(string css)
    {
        Assert.That(Urls(css), Is.Empty);
    }

    [Test]
    public void PositionsAreOfTheUrlInTheFile()
    {
        const string rule = "  b { background: url(x.png) }";
        var found = CssReferences.Extract("a {}\n" + rule);

        Assert.That((found[0].Line, found[0].Column), Is.EqualTo((2, rule.IndexOf("x.png", StringComparison.Ordinal) + 1)));
    }
}
