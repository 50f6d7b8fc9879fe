using System.Collections;
using System.Globalization;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Diagnostics;

/// <summary>The texts of Resources/Strings.resx, read through the generated <see cref="Texts"/>. (Which code reads each: OfflinePackage.Tool.Tests' TextUsageTests.)</summary>
public class TextsTests
{
    /// <summary>The texts that a message fills in after a colon or a quote ("...: {1}; ..."), never a sentence of their own.</summary>
    private static readonly string[] ClausePrefixes =
    [
        "Reason_", "KeyError_", "PresetReferenceFix_", "AmrDetail_", "JsonError_", "JsonKind_", "VirtualDomainReason_", "ClientBound_",
        "H5JsonShape_", "H5JsonSource_", "PlistError_", "PlistPart_", "PlistType_", "ManifestError_", "CertJsonError_",
    ];

    private static List<(string Name, string Text)> AllTexts() =>
        Texts.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .Select(e => ((string)e.Key, (string)e.Value!))
            .OrderBy(t => t.Item1, StringComparer.Ordinal)
            .ToList();

    private static string FormatWithMarkers(string text) =>
        string.Format(CultureInfo.InvariantCulture, text, Enumerable.Range(0, 10).Select(i => (object)("«arg" + i + "»")).ToArray());

    [Test]
    public void EveryText_IsAFormatThatTenArgumentsFill()
    {
        var texts = AllTexts();
        var broken = texts.Where(t => !IsAFormat(t.Text)).Select(t => t.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(texts, Has.Count.GreaterThan(300));
            Assert.That(broken, Is.Empty, "texts with a placeholder above {9} or a brace not doubled");
        }
    }

    [Test]
    public void TextsThatFillAMessage_AreOneClause()
    {
        var clauses = AllTexts().Where(t => ClausePrefixes.Any(p => t.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
        var notAClause = clauses
            .Where(t => FormatWithMarkers(t.Text) is var text && (text.Length == 0 || text.Contains('\n') || text.EndsWith('.') || text != text.Trim()))
            .Select(t => t.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ClausePrefixes.Where(p => !clauses.Any(t => t.Name.StartsWith(p, StringComparison.Ordinal))), Is.Empty, "prefixes without texts");
            Assert.That(notAClause, Is.Empty, "empty, several lines, ending in '.' (the message goes on) or padded with spaces");
        }
    }

    private static bool IsAFormat(string text)
    {
        try
        {
            FormatWithMarkers(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
