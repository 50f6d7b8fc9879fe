using OfflinePackage.Tool.Rendering;
using OfflinePackage.Tool.Reports;

namespace OfflinePackage.Tool.Tests.Rendering;

/// <summary>The blank verdict weighs what the page says it shows and what the screenshot shows.</summary>
public class BlankVerdictTests
{
    private static RenderReport Judged(int text, int elements, string? colour, bool settled = true)
    {
        var report = new RenderReport { Url = "https://x/www/index.html", VisibleText = text, VisibleElements = elements, ScreenshotColour = colour, Settled = settled };
        PageRenderer.Judge(report, new RenderSettings(TimeSpan.FromSeconds(15), null));
        return report;
    }

    [Test]
    public void NoContentAndOneColourIsBlankWithBothReasons()
    {
        var report = Judged(0, 0, "#ffffff");

        Assert.That(report.Blank, Is.True);
        Assert.That(report.Findings.Single().Message, Is.EqualTo("no visible text or image; the screenshot is one colour, #ffffff"));
    }

    [Test]
    public void TextTheColourOfTheBackgroundIsBlank()
    {
        Assert.That(Judged(12, 0, "#ffffff").Blank, Is.True);
    }

    [Test]
    public void EmptyBoxesThatPaintColoursAreBlank()
    {
        Assert.That(Judged(0, 0, null).Blank, Is.True);
    }

    [TestCase(5, 0)]
    [TestCase(0, 1)]
    public void ContentThatPaintsIsNotBlank(int text, int elements)
    {
        var report = Judged(text, elements, null);

        Assert.That(report.Blank, Is.False);
        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void APageThatDidNotSettleSaysSo()
    {
        Assert.That(Judged(5, 0, null, settled: false).Findings.Select(f => (f.Kind, f.Message)), Is.EqualTo(new[] { ("unsettled", "15") }));
    }
}
