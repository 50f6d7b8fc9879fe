using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    /// <summary>Codes whose finding carries no values: the message states the problem and has no placeholder.</summary>
    private static readonly string[] CodesWithoutArguments = ["OPK6001", "OPK6012", "OPK6042"];

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => DiagnosticCatalog.All;

    [Test]
    public void Codes_AreUnique()
    {
        Assert.That(DiagnosticCatalog.All.Select(d => d.Code), Is.Unique);
    }

    [Test]
    public void All_ListsEveryDescriptorTheCatalogDeclares()
    {
        var declared = typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(declared, Is.Not.Empty);
            Assert.That(DiagnosticCatalog.All, Is.EquivalentTo(declared));
        }
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Code_IsOPKAndFourDigits_InADocumentedBucket(DiagnosticDescriptor descriptor)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(descriptor.Code, Does.Match(@"^OPK\d{4}$"));
            Assert.That(descriptor.Code, Does.Match(@"^OPK[1-8]"), "buckets: 1 properties, 2 resources, 3 reading, 4 archives, 5 signing and .amr, 6 presets, 7 references, 8 render");
            Assert.That(descriptor.Title, Is.Not.Null.And.Not.Empty);
            Assert.That(descriptor.ToString(), Is.EqualTo(descriptor.Code));
        }
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Message_ExistsAndItsPlaceholdersCanBeFilled(DiagnosticDescriptor descriptor)
    {
        var format = descriptor.MessageFormat;
        var args = Enumerable.Range(0, 10).Select(i => (object)("«arg" + i + "»")).ToArray();

        Assert.That(format, Is.Not.Null.And.Not.Empty.And.Not.Contain("\n"));
        string formatted = string.Empty;
        Assert.That(() => formatted = string.Format(CultureInfo.InvariantCulture, format, args), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(formatted, Does.Not.Contain("{").And.Not.Contain("}"));
            if (CodesWithoutArguments.Contains(descriptor.Code))
            {
                Assert.That(format, Does.Not.Match(@"\{\d"), "a code without arguments has no placeholder");
            }
            else
            {
                Assert.That(formatted, Does.Contain("«arg0»"), "every message shows at least what was found");
            }
        }
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Message_UsesOnlyPlaceholdersBelowTen(DiagnosticDescriptor descriptor)
    {
        var indexes = Regex.Matches(descriptor.MessageFormat, @"\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

        Assert.That(indexes, Is.All.InRange(0, 9));
    }

    [Test]
    public void CountHints_FormatLargeNumbersWithGroupSeparators()
    {
        var formatted = string.Format(CultureInfo.InvariantCulture, Texts.Hint_EntryCount, 65536);

        Assert.That(formatted, Does.Contain("65,536"));
    }
}
