using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Tasks;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Tasks;

/// <summary>
/// What WriteOfflinePackageAmr reports for inputs the writer cannot take. The version is the one such input the
/// build's rules let through (OPK1003 accepts any file-name-safe version; the .amr takes fewer characters), so the
/// task checks it before writing. A bad ID, a duplicate path or a tar name over 100 bytes is stopped by the rules
/// (OPK1001, OPK2003, OPK2009) before this task runs: reaching the writer is a bug, shown as one (MSB4018), never
/// disguised as another code.
/// </summary>
public class WriteOfflinePackageAmrTests
{
    private const string Id = "12345678";

    private TempDirectory _temp = null!;
    private string _key = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _key = _temp.CreateFile("key.pem", TestKeys.Pkcs1Pem(TestKeys.Key2048));
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private string AmrPath => _temp.Combine("bin/" + Id + "_1.0.0.0.amr");

    private ITaskItem File(string targetPath)
    {
        var item = new TaskItem(_temp.CreateFile("dist/" + Guid.NewGuid().ToString("N"), "<html></html>"));
        item.SetMetadata("TargetPath", targetPath);
        return item;
    }

    private WriteOfflinePackageAmr NewTask(FakeBuildEngine engine, string id, string version, params ITaskItem[] files) =>
        new()
        {
            BuildEngine = engine,
            PackageId = id,
            PackageVersion = version,
            AmrPath = AmrPath,
            SigningKeyFile = _key,
            Files = files,
        };

    [Test]
    public void GoodInput_WritesAVerifiedAmr()
    {
        var engine = new FakeBuildEngine();

        var result = NewTask(engine, Id, "1.0.0.0", File("www/index.html")).Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.True);
            Assert.That(engine.Errors, Is.Empty);
            Assert.That(AmrVerifier.Verify(AmrPath, TestKeys.Key2048.PublicKey).IsValid, Is.True);
        }
    }

    [TestCase("1.0.0.1+build")]
    [TestCase("1.0 beta")]
    [TestCase("1.0.0.é")]
    public void VersionTheAmrCannotCarry_IsOPK1003_AndNothingIsWritten(string version)
    {
        var engine = new FakeBuildEngine();

        var result = NewTask(engine, Id, version, File("www/index.html")).Execute();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(engine.Errors.Select(e => e.Code), Is.EqualTo(new[] { "OPK1003" }));
            Assert.That(engine.Errors[0].Message, Does.Contain("'" + version + "'"));
            Assert.That(Directory.Exists(_temp.Combine("bin")) ? Directory.GetFileSystemEntries(_temp.Combine("bin")) : [], Is.Empty);
        }
    }

    [Test]
    public void DuplicatePathReachingTheTask_IsABug_NotAnInvalidVersion()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Id, "1.0.0.0", File("www/index.html"), File("www/index.html"));

        Assert.That(() => task.Execute(), Throws.ArgumentException);
        Assert.That(engine.Errors, Is.Empty);
    }

    [TestCase("1234_5678")]
    [TestCase("12/45678")]
    [TestCase("")]
    public void BadIdReachingTheTask_IsABug_NotAnInvalidVersion(string id)
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, id, "1.0.0.0", File("www/index.html"));

        Assert.That(() => task.Execute(), Throws.ArgumentException);
        Assert.That(engine.Errors, Is.Empty);
    }

    [Test]
    public void TarNameOver100BytesReachingTheTask_IsABug_NotAWriteFailure()
    {
        var engine = new FakeBuildEngine();
        var task = NewTask(engine, Id, "1.0.0.0", File("www/" + new string('a', 100) + ".html"));

        Assert.That(() => task.Execute(), Throws.InstanceOf<TarNameTooLongException>());
        Assert.That(engine.Errors, Is.Empty);
        Assert.That(System.IO.File.Exists(AmrPath), Is.False);
    }

    [Test]
    public void ATarOver4GiB_IsOPK4002_OnTheAmr_AndNothingIsWritten()
    {
        // A sparse file: no disk, and its zeros deflate a thousand to one; the tar around it passes 4 GiB.
        var big = _temp.Combine("dist/big.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        using (var stream = new FileStream(big, FileMode.CreateNew))
        {
            stream.SetLength(uint.MaxValue);
        }

        var item = new TaskItem(big);
        item.SetMetadata("TargetPath", "www/big.bin");
        var engine = new FakeBuildEngine();

        var result = NewTask(engine, Id, "1.0.0.0", File("www/index.html"), item).Execute();

        Assert.That(engine.Errors, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.False);
            Assert.That(engine.Errors[0].Code, Is.EqualTo("OPK4002"));
            Assert.That(engine.Errors[0].File, Is.EqualTo(AmrPath));
            Assert.That(engine.Errors[0].Message, Does.Contain("4,294,967,294 bytes"));
            Assert.That(System.IO.File.Exists(AmrPath), Is.False);
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(AmrPath)!), Is.Empty, "no temporary file is left");
        }
    }
}
