using OfflinePackage.References;

namespace OfflinePackage.Tests.References;

public class HtmlReferencesTests
{
    /// <summary>The 1-based column where <paramref name="text"/> starts in <paramref name="line"/>.</summary>
    private static int ColumnOf(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) + 1;

    private static IReadOnlyList<(string Value, ReferenceKind Kind, int Line, int Column)> Found(string html) =>
        HtmlReferences.Extract(html).References.Select(r => (r.Value, r.Kind, r.Line, r.Column)).ToList();

    [Test]
    public void ViteIndexGivesScriptStylesheetAndIconAtTheirValues()
    {
        const string icon = "    <link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\" />";
        const string script = "    <script type=\"module\" crossorigin src=\"/assets/index-BQ1.js\"></script>";
        const string css = "    <link rel=\"stylesheet\" crossorigin href=\"/assets/index-D2.css\">";
        var html = string.Join("\n", "<!doctype html>", "<html>", "  <head>", icon, script, css, "  </head>", "</html>");

        Assert.That(Found(html), Is.EqualTo(new[]
        {
            ("/favicon.svg", ReferenceKind.Load, 4, ColumnOf(icon, "/favicon.svg")),
            ("/assets/index-BQ1.js", ReferenceKind.Load, 5, ColumnOf(script, "/assets/")),
            ("/assets/index-D2.css", ReferenceKind.Load, 6, ColumnOf(css, "/assets/")),
        }));
    }

    [TestCase("<link rel=\"modulepreload\" href=\"m.js\">", "m.js")]
    [TestCase("<link rel=\"preload\" as=\"font\" href=\"f.woff2\">", "f.woff2")]
    [TestCase("<link rel=\"manifest\" href=\"app.webmanifest\">", "app.webmanifest")]
    [TestCase("<link rel=\"apple-touch-icon\" href=\"touch.png\">", "touch.png")]
    [TestCase("<link rel=\"shortcut icon\" href=\"fav.ico\">", "fav.ico")]
    [TestCase("<img src=\"a.png\">", "a.png")]
    [TestCase("<video poster=\"p.jpg\"></video>", "p.jpg")]
    [TestCase("<iframe src=\"frame.html\"></iframe>", "frame.html")]
    [TestCase("<input type=\"image\" src=\"go.png\">", "go.png")]
    [TestCase("<object data=\"movie.svg\"></object>", "movie.svg")]
    public void ReadsEveryLoadingAttribute(string element, string expected)
    {
        Assert.That(Found("<html><body>" + element + "</body></html>").Select(f => f.Value), Is.EqualTo(new[] { expected }));
    }

    [TestCase("<link rel=\"canonical\" href=\"https://example.com/\">")]
    [TestCase("<link rel=\"preconnect\" href=\"https://cdn.example.com\">")]
    [TestCase("<input type=\"text\" src=\"x.png\">")]
    [TestCase("<!-- <script src=\"commented.js\"></script> -->")]
    [TestCase("<template><p>text</p></template><p data-src=\"lazy.png\"></p>")]
    public void IgnoresWhatIsNotLoaded(string element)
    {
        Assert.That(Found("<html><head>" + element + "</head></html>"), Is.Empty);
    }

    [Test]
    public void SrcsetGivesEachCandidateAtItsOwnColumn()
    {
        const string html = "<img srcset=\"a.png 1x, b.png 2x,c.png\">";

        Assert.That(Found(html).Select(f => (f.Value, f.Column)),
            Is.EqualTo(new[] { ("a.png", ColumnOf(html, "a.png")), ("b.png", ColumnOf(html, "b.png")), ("c.png", ColumnOf(html, "c.png")) }));
    }

    [Test]
    public void LinksAreLinksNotLoads()
    {
        Assert.That(Found("<a href=\"faq.html\">FAQ</a><area href=\"map.html\">").Select(f => (f.Value, f.Kind)),
            Is.EqualTo(new[] { ("faq.html", ReferenceKind.Link), ("map.html", ReferenceKind.Link) }));
    }

    [Test]
    public void StyleElementAndAttributeUrlsKeepTheirPositions()
    {
        const string rule = "body { background: url(bg.png) }";
        const string body = "</style></head><body style=\"mask: url('m.svg')\"></body></html>";
        var html = "<html><head><style>\n" + rule + "\n" + body;

        // An unquoted URL is reported at its first character, a quoted one at its opening quote.
        Assert.That(Found(html), Is.EqualTo(new[]
        {
            ("bg.png", ReferenceKind.Load, 2, ColumnOf(rule, "bg.png")),
            ("m.svg", ReferenceKind.Load, 3, ColumnOf(body, "'m.svg'")),
        }));
    }

    [Test]
    public void InlineModuleImportsAreRead()
    {
        const string import = "import { a } from './lib.js';";
        var html = "<html><body><script type=\"module\">\n" + import + "\n</script></body></html>";

        Assert.That(Found(html), Is.EqualTo(new[] { ("./lib.js", ReferenceKind.Load, 2, ColumnOf(import, "'./lib.js'")) }));
    }

    [Test]
    public void BaseHrefIsTheFirstBaseWithOne()
    {
        var found = HtmlReferences.Extract("<html><head><base target=\"_blank\"><base href=\"/www/\"><base href=\"/other/\"></head></html>");

        Assert.That(found.BaseHref, Is.EqualTo("/www/"));
    }
}
