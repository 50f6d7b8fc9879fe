using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// Every text of an <see cref="AmrDetail"/> (after "Kind [entry]: " in OPK5005) is an <c>AmrDetail_</c> text of
/// Resources/Strings.resx: each such text is used by the .amr code, and no <c>new AmrDetail(</c> in the sources passes
/// a literal (English) text instead of a key. The sources and the .resx are read from the repository.
/// </summary>
public class AmrDetailTextTests
{
    private const string KeyPrefix = "AmrDetail_";

    private static readonly Regex KeyLiteral = new("\"" + KeyPrefix + @"\w+""", RegexOptions.CultureInvariant);

    private static IEnumerable<string> DetailKeys() =>
        XDocument.Load(RepoPaths.Combine("src", "OfflinePackage.Core", "Resources", "Strings.resx"))
            .Root!.Elements("data")
            .Select(e => (string)e.Attribute("name")!)
            .Where(name => name.StartsWith(KeyPrefix, StringComparison.Ordinal));

    [Test]
    public void KeysNamedInTheSources_AreInTheResx()
    {
        var keys = DetailKeys().ToHashSet(StringComparer.Ordinal);
        var named = SourceScan.Sources()
            .SelectMany(s => KeyLiteral.Matches(s.Text).Select(m => (s.Path, Key: m.Value.Trim('"'))))
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(named, Is.Not.Empty);
            Assert.That(named.Where(n => !keys.Contains(n.Key)), Is.Empty, "keys the code names but Strings.resx does not hold");
        }
    }

    [Test]
    public void NoNewAmrDetail_PassesALiteralText()
    {
        var calls = SourceScan.Sources()
            .SelectMany(s => SourceScan.Calls(s.Text, new Regex(@"\bnew\s+AmrDetail\s*\(")).Select(c => (s.Path, c.Line, c.Arguments)))
            .ToList();

        // new AmrDetail(kind, entry, tarEntry, key, arguments...): a literal may be a key, never the text.
        var literalDetails = calls
            .Where(c => c.Arguments.Count < 4 || KeyLiteral.Replace(c.Arguments[3], string.Empty).Contains('"'))
            .Select(c => $"{c.Path}:{c.Line}: {(c.Arguments.Count < 4 ? "(too few arguments)" : c.Arguments[3].Trim())}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calls, Has.Count.GreaterThanOrEqualTo(30), "the scan should see every finding the verifier reports");
            Assert.That(literalDetails, Is.Empty, "details are AmrDetail_ keys of Strings.resx, not literals");
        }
    }

    [Test]
    public void Text_IsTheKeysTextFilledWithTheArguments()
    {
        var detail = new AmrDetail(AmrFindingKind.SignatureInvalid, "20171228.tar", null, "AmrDetail_SignatureInvalid", 2048);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail.Key, Is.EqualTo("AmrDetail_SignatureInvalid"));
            Assert.That(detail.Arguments, Is.EqualTo(new object[] { 2048 }));
            Assert.That(detail.Text, Is.EqualTo("the signature does not verify with the 2048-bit public key given (wrong key or changed content)"));
            Assert.That(
                detail.ToString(),
                Is.EqualTo("SignatureInvalid [20171228.tar]: the signature does not verify with the 2048-bit public key given (wrong key or changed content)"));
        }
    }

    [Test]
    public void Text_ThatIsNotAKey_Throws()
    {
        Assert.That(() => new AmrDetail(AmrFindingKind.TarUnsafeName, "1.tar", "/x", "the name is absolute"), Throws.InvalidOperationException);
    }
}
