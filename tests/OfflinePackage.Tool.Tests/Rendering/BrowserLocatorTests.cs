using OfflinePackage.Tool.Rendering;
using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests.Rendering;

public class BrowserLocatorTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private string Executable(string folder, string name)
    {
        var path = _folder.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n");
        return path;
    }

    private Func<string, string?> Environment(string? browser = null, params string[] pathFolders) =>
        name => name switch
        {
            BrowserLocator.EnvironmentVariable => browser,
            "PATH" => string.Join(Path.PathSeparator, pathFolders.Select(f => _folder.Combine(f))),
            _ => null,
        };

    [Test]
    public void TheOptionComesFirstThenTheVariableThenPath()
    {
        var option = Executable("opt", "my-chrome");
        var variable = Executable("env", "chrome-from-env");
        Executable("bin", "chromium");

        Assert.That(BrowserLocator.Find(option, Environment(variable, "bin")), Is.EqualTo(option));
        Assert.That(BrowserLocator.Find(null, Environment(variable, "bin")), Is.EqualTo(variable));
        Assert.That(BrowserLocator.Find(null, Environment(null, "bin")), Is.EqualTo(_folder.Combine("bin", "chromium")));
    }

    [Test]
    public void TheUsualNamesAreTriedInOrderAcrossPath()
    {
        Executable("a", "google-chrome");
        Executable("b", "chromium-browser");

        Assert.That(BrowserLocator.Find(null, Environment(null, "a", "b")), Is.EqualTo(_folder.Combine("b", "chromium-browser")));
    }

    [Test]
    public void NothingFoundIsNullAndAMissingOptionIsNotReplacedByPath()
    {
        Executable("bin", "chromium");

        Assert.That(BrowserLocator.Find(null, Environment(null, "empty")), Is.Null);
        Assert.That(BrowserLocator.Find(_folder.Combine("nope", "chrome"), Environment(null, "bin")), Is.Null);
    }
}
