using OfflinePackage.Diagnostics;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;
using static OfflinePackage.Tests.Presets.PresetTestData;

namespace OfflinePackage.Tests.Presets;

public class H5JsonEntryTests
{
    [Test]
    public void DefaultsFollowTheConsoleFiles()
    {
        var entry = Entry(new H5JsonEntrySettings("12345678", "1.0.0.1", "h5app.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Members.Select(m => m.Name), Is.EqualTo(new[]
            {
                "app_desc", "app_id", "auto_install", "fallback_base_url", "global_pack_url", "icon_url", "installType",
                "main_url", "name", "online", "package_url", "patch", "sub_url", "version", "vhost",
            }));
            Assert.That(entry.Name, Is.EqualTo("12345678"));
            Assert.That(entry.AppDesc, Is.EqualTo("12345678"));
            Assert.That(entry.MainUrl, Is.EqualTo("index.htm"));
            Assert.That(entry.VHost, Is.EqualTo("https://12345678.h5app.com"));
            Assert.That((entry.AutoInstall, entry.InstallType, entry.Online), Is.EqualTo((1L, 1L, 1L)));
            Assert.That(new[] { entry.PackageUrl, entry.FallbackBaseUrl, entry.GlobalPackUrl, entry.Patch, entry.SubUrl, entry.IconUrl }, Is.All.Empty);
            Assert.That(entry.ExtendInfo, Is.Null);
        }
    }

    [Test]
    public void MembersAreInOrdinalOrderLikeTheConsole()
    {
        var entry = Entry(new H5JsonEntrySettings("12345678", "1.0.0.1", "h5app.com") { ExtendInfo = "{\"asyncReqRate\":\"1800\"}" });
        var names = entry.Members.Select(m => m.Name).ToList();

        Assert.That(names, Is.EqualTo(names.OrderBy(n => n, StringComparer.Ordinal)));
    }

    [Test]
    public void SettingsAreWrittenAsGiven()
    {
        var entry = Entry(new H5JsonEntrySettings("12345678", "2.0.0.0", " h5app.com ")
        {
            Name = "名字",
            Description = "desc",
            MainUrl = "/www/index.html#/home",
            AutoInstall = 0,
            InstallType = 0,
            Online = 0,
            Patch = "p",
            SubUrl = "s",
            IconUrl = "i",
            ExtendInfo = " {\"asyncReqRate\": 1800} ",
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Name, Is.EqualTo("名字"));
            Assert.That(entry.AppDesc, Is.EqualTo("desc"));
            Assert.That(entry.MainUrl, Is.EqualTo("/www/index.html#/home"));
            Assert.That(entry.VHost, Is.EqualTo("https://12345678.h5app.com"));
            Assert.That((entry.AutoInstall, entry.InstallType, entry.Online), Is.EqualTo((0L, 0L, 0L)));
            Assert.That((entry.Patch, entry.SubUrl, entry.IconUrl), Is.EqualTo(("p", "s", "i")));
            Assert.That(entry.ExtendInfo, Is.EqualTo("{\"asyncReqRate\":1800}"));
        }
    }

    [TestCase("{\"asyncReqRate\":86401}", nameof(DiagnosticCatalog.AsyncReqRateInvalid))]
    [TestCase("asyncReqRate=1800", nameof(DiagnosticCatalog.ExtendInfoInvalidJson))]
    [TestCase("[1]", nameof(DiagnosticCatalog.ExtendInfoNotObject))]
    public void InvalidExtendInfoGivesNoEntry(string extendInfo, string kind)
    {
        var result = H5JsonEntry.Create(new H5JsonEntrySettings("12345678", "1.0.0.1", "h5app.com") { ExtendInfo = extendInfo });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null);
            Assert.That(CatalogNames.Of(result.Diagnostics), Is.EqualTo(new[] { kind }));
            Assert.That(result.Diagnostics[0].Subject, Is.EqualTo(Subject.Property("OfflinePackageExtendInfo")));
        }
    }

    [Test]
    public void InvalidVirtualDomainGivesNoEntry()
    {
        var result = H5JsonEntry.Create(new H5JsonEntrySettings("12345678", "1.0.0.1", "https://h5app.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null);
            Assert.That(CatalogNames.Of(result.Diagnostics), Is.EqualTo(new[] { nameof(DiagnosticCatalog.VirtualDomainHasScheme) }));
            Assert.That(result.Diagnostics[0].Subject, Is.EqualTo(Subject.Property("OfflinePackageVirtualDomain")));
        }
    }

    [Test]
    public void WarningsStillGiveAnEntry()
    {
        var result = H5JsonEntry.Create(new H5JsonEntrySettings("12345678", "1.0.0.1", "H5App.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value!.VHost, Is.EqualTo("https://12345678.H5App.com"));
            Assert.That(CatalogNames.Of(result.Diagnostics), Is.EqualTo(new[] { nameof(DiagnosticCatalog.VirtualDomainNotLowerCase) }));
            Assert.That(result.HasErrors, Is.False);
        }
    }
}
