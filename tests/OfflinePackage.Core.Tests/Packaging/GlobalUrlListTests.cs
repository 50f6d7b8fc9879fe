using System.Text.Json;
using OfflinePackage.Packaging;

namespace OfflinePackage.Tests.Packaging;

public class GlobalUrlListTests
{
    [Test]
    public void RendersValidJsonSortedByPath()
    {
        var json = GlobalUrlList.Render("77777777", "1.0.0.0", "https", "d.example.com/a_b", new[] { "d.example.com/a_b/z.js", "d.example.com/a_b/css/a.css" });

        var root = JsonDocument.Parse(json).RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("baseUrl").GetString(), Is.EqualTo("https://d.example.com/a_b/"));
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("1.0.0.0"));
            Assert.That(root.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()), Is.EqualTo(new[] { "css/a.css", "z.js" }));
            Assert.That(root.GetProperty("resources")[1].GetProperty("url").GetString(), Is.EqualTo("https://d.example.com/a_b/z.js"));
        }
    }

    [Test]
    public void EmptyListIsValidJson()
    {
        var root = JsonDocument.Parse(GlobalUrlList.Render("77777777", "1.0.0.0", "http", "d/a_b", [])).RootElement;

        Assert.That(root.GetProperty("resources").GetArrayLength(), Is.Zero);
    }
}
