using OfflinePackage.Presets;

namespace OfflinePackage.Tests.Presets;

public class ClientVersionTests
{
    [TestCase("1.10.0", "1.9.0", 1)]
    [TestCase("1.9.0", "1.10.0", -1)]
    [TestCase("10.1.68", "10.1.60", 1)]
    [TestCase("2", "10", -1)]
    [TestCase("1.0", "1.0.0.0", 0)]
    [TestCase("1.0.0.1", "1.0", 1)]
    [TestCase("01.002", "1.2", 0)]
    [TestCase("0", "0.0", 0)]
    [TestCase("6.1.1811141101.21", "6.1.1811141101.3", 1)]
    [TestCase("99999999999999999999999.1", "99999999999999999999998.9", 1)]
    public void ComparesSegmentBySegmentAsNumbers(string left, string right, int expected) =>
        Assert.That(ClientVersion.Compare(left, right), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase(null)]
    [TestCase(" 1.0")]
    [TestCase("1.0 ")]
    [TestCase("1.")]
    [TestCase(".1")]
    [TestCase("1..0")]
    [TestCase("1.0-beta")]
    [TestCase("v1")]
    [TestCase("+1")]
    [TestCase("１.０")]
    public void NonNumericVersionsCannotBeCompared(string? version)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ClientVersion.IsValid(version), Is.False);
            Assert.That(ClientVersion.Compare(version, "1.0"), Is.Null);
            Assert.That(ClientVersion.Compare("1.0", version), Is.Null);
        }
    }

    [Test]
    public void RangeTrimsAndKnowsItsMaxPolicy()
    {
        var range = new ClientVersionRange(" 1.0 ", " ");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(range.Min, Is.EqualTo("1.0"));
            Assert.That(range.HasCustomMax, Is.False);
            Assert.That(range.IsSet, Is.True);
            Assert.That(new ClientVersionRange("").IsSet, Is.False);
        }
    }
}
