using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Diagnostics;

public class SourceLocationTests
{
    [Test]
    public void ToString_WithLine_ShowsLineAndColumnInParentheses()
    {
        Assert.That(new Subject("/p/app.csproj", 12, 7).ToString(), Is.EqualTo("/p/app.csproj(12,7)"));
    }

    [Test]
    public void ToString_WithoutLine_IsTheFileAlone()
    {
        Assert.That(new Subject("/p/app.csproj").ToString(), Is.EqualTo("/p/app.csproj"));
    }

    [Test]
    public void Defaults_AreUnknownLineAndColumn()
    {
        var location = new Subject("x");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(location.Line, Is.Zero);
            Assert.That(location.Column, Is.Zero);
        }
    }
}
