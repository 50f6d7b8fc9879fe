using OfflinePackage.Rules;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Rules;

public class VersionShapeRuleTests
{
    private static List<string> Codes(string version) =>
        new VersionShapeRule().Check(Models.WithTargets(Models.Options(version: version), "www/index.html")).Select(d => d.Code).ToList();

    [TestCase("1.0.0.1")]
    [TestCase("6.1.1811141101.21")]
    [TestCase("0.0.0.0")]
    public void FourNumericParts_AreFine(string version) =>
        Assert.That(Codes(version), Is.Empty);

    [TestCase("1.0.0")]
    [TestCase("1.0.0.0.0")]
    [TestCase("1..0.0")]
    [TestCase(".1.0.0")]
    [TestCase("1.0.0.")]
    [TestCase("1.0.0.x")]
    [TestCase("1.2.3-beta.1")]
    [TestCase("٣.0.0.0")]
    public void OtherFileNameSafeShapes_GetTheWarning(string version) =>
        Assert.That(Codes(version), Is.EqualTo(new[] { "OPK1012" }));

    [TestCase("1.0.0.0\n")]
    [TestCase("1.0/0.0")]
    public void VersionsThatCannotBeAFileName_AreLeftToPackageVersionRule(string version) =>
        Assert.That(Codes(version), Is.Empty);
}
