using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>Issue 15: signed content another reader could take differently is refused, not skipped.</summary>
public class AmrStrictContentTests
{
    private const string Id = "12345678";

    private static byte[] Xml(string text) => Encoding.UTF8.GetBytes(text);

    private static string Good(string inner = "") =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package>\n" + inner + "  <uid>" + Id + "</uid>\n  <name>h5app</name>\n  <version>1.0.0.0</version>\n</package>\n";

    [Test]
    public void TheConsolesManifest_IsRead()
    {
        Assert.That(ManifestXml.TryParse(Xml(Good()), out var error)?.Uid, Is.EqualTo(Id), error);
    }

    [TestCase("<package/>")]
    [TestCase("junk")]
    [TestCase("<!-- fine --><uid>99999999</uid>")]
    public void AnythingAfterTheRootElement_IsRefused(string after)
    {
        var manifest = ManifestXml.TryParse(Xml(Good() + after), out var error);

        Assert.That(manifest, Is.Null);
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void CommentsAndWhitespaceAfterTheRootElement_AreAccepted()
    {
        Assert.That(ManifestXml.TryParse(Xml(Good() + "<!-- a comment -->\n\n"), out var error), Is.Not.Null, error);
    }

    [TestCase("  <extra><uid>99999999</uid></extra>\n")]
    [TestCase("  <extra><version>9.9.9.9</version></extra>\n")]
    [TestCase("  <a><b><uid>99999999</uid></b></a>\n")]
    public void UidOrVersionBelowAnotherElement_IsRefused(string inner)
    {
        // We took the direct child; a reader that takes the first <uid> anywhere would take the nested one.
        var manifest = ManifestXml.TryParse(Xml(Good(inner)), out var error);

        Assert.That(manifest, Is.Null);
        Assert.That(error, Does.Contain("uid").Or.Contain("version"));
    }

    [Test]
    public void OtherElements_AreStillSkipped()
    {
        Assert.That(ManifestXml.TryParse(Xml(Good("  <extra><note>x</note></extra>\n")), out var error)?.Uid, Is.EqualTo(Id), error);
    }

    [Test]
    public void TarWithDataAfterItsEndMarker_IsTarInvalid()
    {
        using var temp = new TempDirectory();
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/index.html", "<html></html>"));
        var end = TarHeaderFields.EndOfEntries(tar);
        var hidden = TestAmr.Tar(("www/evil.html", "<script></script>"));
        var tampered = tar.Take(end + 1024).Concat(hidden).ToArray();

        var result = AmrVerifier.Verify(TestAmr.WriteStandard(temp.Root, TestKeys.Key2048, tampered), TestKeys.Key2048.PublicKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Details().Select(f => f.Kind), Is.EqualTo(new[] { AmrFindingKind.TarInvalid }), result.ToString());
            Assert.That(result.Details().Select(f => f.Text), Has.All.Matches(TextPattern.Of(Texts.AmrDetail_TarDataAfterEnd)));
        }
    }

    [Test]
    public void TarWithZeroPaddingAfterItsEndMarker_IsAccepted()
    {
        // Alibaba's tars are padded with zeros to 10,240-byte records.
        using var temp = new TempDirectory();
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/index.html", "<html></html>"));
        var padded = tar.Concat(new byte[10240]).ToArray();

        var result = AmrVerifier.Verify(TestAmr.WriteStandard(temp.Root, TestKeys.Key2048, padded), TestKeys.Key2048.PublicKey);

        Assert.That(result.IsValid, Is.True, result.ToString());
    }
}
