using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

public class ExtendInfoCheckTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("{}")]
    [TestCase("{\"asyncReqRate\":\"1800\"}")]
    [TestCase("{\"asyncReqRate\":1800}")]
    [TestCase("{\"asyncReqRate\":\"0\"}")]
    [TestCase("{\"asyncReqRate\":0}")]
    [TestCase("{\"asyncReqRate\":\"86400\"}")]
    [TestCase("{\"asyncReqRate\":86400}")]
    [TestCase("{\"asyncReqRate\":\"000086400\"}")]
    [TestCase("{\"launchParams\":{\"enableTabBar\":\"NO\",\"asyncReqRate\":\"x\"},\"usePresetPopmenu\":\"YES\"}")]
    public void ValidExtendInfoPasses(string? extendInfo) =>
        Assert.That(ExtendInfoCheck.Validate(extendInfo), Is.Empty);

    [TestCase("86401")]
    [TestCase("\"86401\"")]
    [TestCase("\"abc\"")]
    [TestCase("-1")]
    [TestCase("\"-1\"")]
    [TestCase("1.5")]
    [TestCase("1800.0")]
    [TestCase("1e3")]
    [TestCase("\"1e3\"")]
    [TestCase("\"1800 \"")]
    [TestCase("\" 1800\"")]
    [TestCase("\"\"")]
    [TestCase("\"１８００\"")]
    [TestCase("true")]
    [TestCase("null")]
    [TestCase("[1800]")]
    [TestCase("99999999999999999999")]
    public void AsyncReqRateOutsideZeroTo86400OrNotAnIntegerIsAnError(string value)
    {
        var findings = ExtendInfoCheck.Validate("{\"asyncReqRate\":" + value + "}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.AsyncReqRateInvalid) }));
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Error));
            Assert.That(findings[0].Args, Is.EqualTo(new[] { value }));
            Assert.That(findings[0].Subject, Is.EqualTo(Subject.Property("OfflinePackageExtendInfo")));
        }
    }

    [Test]
    public void EveryDuplicatedAsyncReqRateIsCheckedAndDuplicatesAreWarned()
    {
        var findings = ExtendInfoCheck.Validate("{\"asyncReqRate\":\"abc\",\"asyncReqRate\":\"1800\"}");

        Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.AsyncReqRateInvalid), nameof(DiagnosticCatalog.ExtendInfoDuplicateMember) }));
    }

    [Test]
    public void NestedDuplicatesAreNamedByPath()
    {
        var findings = ExtendInfoCheck.Validate("{\"launchParams\":{\"page\":\"a\",\"page\":\"b\",\"page\":\"c\"},\"list\":[{\"x\":1,\"x\":2}]}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(findings.Select(f => f.Args[0]), Is.EqualTo(new[] { "launchParams.page", "list[0].x" }));
            Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(Severity.Warning));
            Assert.That(findings.Select(f => f.Subject), Is.All.EqualTo(Subject.Property("OfflinePackageExtendInfo")));
        }
    }

    [TestCase("asyncReqRate=1800,foo=bar", "1", "1")]
    [TestCase("{\"asyncReqRate\":\"1800\",}", "1", "24")]
    [TestCase("{\n\"a\": 'b'\n}", "2", "6")]
    public void ExtendInfoThatIsNotJsonIsAnErrorWithItsPosition(string extendInfo, string line, string column)
    {
        var findings = ExtendInfoCheck.Validate(extendInfo);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CatalogNames.Of(findings), Is.EqualTo(new[] { nameof(DiagnosticCatalog.ExtendInfoInvalidJson) }));
            Assert.That(findings[0].Args.Skip(1), Is.EqualTo(new[] { line, column }));
        }
    }

    [TestCase("[]", "an array")]
    [TestCase("\"{}\"", "a string")]
    [TestCase("1800", "a number")]
    [TestCase("null", "null")]
    public void ExtendInfoMustBeAnObject(string extendInfo, string kind) =>
        Assert.That(ExtendInfoCheck.Validate(extendInfo).Select(f => (CatalogNames.Of(f), (string)f.Args[0])), Is.EqualTo(new[] { (nameof(DiagnosticCatalog.ExtendInfoNotObject), kind) }));
}
