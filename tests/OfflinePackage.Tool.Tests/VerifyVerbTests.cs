using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests;

/// <summary>`offlinepackage verify` is offlinepackage-verify: its codes and exit codes.</summary>
public class VerifyVerbTests
{
    [Test]
    public void AGoodAmrVerifiesAndADamagedOneIsOpk5005WithExitOne()
    {
        using var folder = new TempFolder();
        var amr = TestPackages.Amr(folder.Path, "20171228", [("www/index.html", "x")]);
        var damaged = folder.Combine("20171228_1.0.0.1.amr");
        File.WriteAllText(damaged, "not an amr");

        var good = ToolRun.Of("verify", amr);
        var bad = ToolRun.Of("verify", damaged);

        Assert.That(good.ExitCode, Is.Zero, good.ToString());
        Assert.That(good.Output, Does.Contain(amr));
        Assert.That(bad.ExitCode, Is.EqualTo(1));
        Assert.That(bad.Output, Does.Contain("error OPK5005"));
    }

    [Test]
    public void AnUnusablePublicKeyIsExitTwoAsBefore()
    {
        using var folder = new TempFolder();
        var key = folder.Combine("public.pem");
        File.WriteAllText(key, "not a key");

        var run = ToolRun.Of("verify", "--public-key", key, folder.Combine("x.amr"));

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("OPK5004"));
    }
}
