using System.IO.Compression;
using System.Text.Json;
using OfflinePackage.Sdk.Tests.Infrastructure;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Sdk.Tests.EndToEnd;

/// <summary>The signed .amr for presetting, checked with OpenSSL and Python rather than only with our own verifier.</summary>
public class AmrTests
{
    private const string Id = "20171228";
    private const string Properties = "    <OfflinePackageId>20171228</OfflinePackageId>\n    <OfflinePackageVersion>1.0.0.1</OfflinePackageVersion>\n    <OfflinePackageVirtualDomain>h5app.com</OfflinePackageVirtualDomain>";
    private const string Items = """    <OfflineResource Include="dist" />""";

    private static ProcessResult OpenSsl(string directory, params string[] arguments)
    {
        var result = ProcessRunner.Run("openssl", arguments, directory);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result;
    }

    /// <summary>A consumer project with a fresh RSA key pair: key.pem (private, PKCS#8 as OpenSSL 3 writes it) and public.pem.</summary>
    private static ConsumerProject SignedProject(string extraProperties = "", int bits = 2048, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var project = ConsumerProject.Create(name)
            .WriteFile("dist/index.html", "<html></html>")
            .WriteFile("dist/assets/app-1a2b3c.js", "console.log(1)");
        OpenSsl(project.Directory, "genrsa", "-out", "key.pem", bits.ToString());
        OpenSsl(project.Directory, "rsa", "-in", "key.pem", "-pubout", "-out", "public.pem");
        return project.WithProject(Properties + extraProperties, Items);
    }

    private static string Amr(ConsumerProject project) => Path.Combine(project.OutputDirectory, $"{Id}_1.0.0.1.amr");

    [Test]
    public void SignedBuildWritesAnAmrThatOpenSslAndPythonAccept()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>");

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("OfflinePackage -> " + Amr(project)));
        var unpacked = project.PathOf("unpacked");
        using (var archive = ZipFile.OpenRead(Amr(project)))
        {
            Assert.That(archive.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "Manifest.xml", "CERT.json", Id + ".tar" }));
        }

        Assert.That(OpenSslAmr.AssertSignaturesVerify(Amr(project), project.PathOf("public.pem"), unpacked), Is.EquivalentTo(new[] { Id + ".tar", "Manifest.xml" }));

        var tar = ProcessRunner.Run("python3", ["-c", "import sys,tarfile; print('\\n'.join(m.name for m in tarfile.open(sys.argv[1])))", Path.Combine(unpacked, Id + ".tar")], unpacked);
        Assert.That(tar.ExitCode, Is.Zero, tar.ToString());
        Assert.That(
            tar.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.TrimEnd('/')),
            Is.EquivalentTo(new[] { "hpmfile.json", "www", "www/assets", "www/assets/app-1a2b3c.js", "www/index.html" }));
    }

    [Test]
    public void TheAmrReusesTheZipsDeflatedLargeFiles_AndOpenSslStillVerifiesIt()
    {
        var script = string.Concat(Enumerable.Range(0, 4000).Select(i => $"export const value{i} = {i * 7919 % 10007};\n"));
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>")
            .WriteFile("dist/assets/vendor-9f8e7d.js", script);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var zip = Path.Combine(project.OutputDirectory, $"{Id}_1.0.0.1.zip");
        var reuse = result.Events.OfType<Microsoft.Build.Framework.BuildMessageEventArgs>().Select(m => m.Message).Where(m => m != null && m.Contains("took their deflated bytes")).ToList();
        Assert.That(reuse, Is.EqualTo(new[] { $"OfflinePackage: 1 of the .amr's 3 files took their deflated bytes from {zip}" }), "vendor-9f8e7d.js is large enough to reuse; the other two are deflated with the tar");
        Assert.That(OpenSslAmr.AssertSignaturesVerify(Amr(project), project.PathOf("public.pem"), project.PathOf("unpacked")), Is.EquivalentTo(new[] { Id + ".tar", "Manifest.xml" }));
        var tar = ProcessRunner.Run("python3", ["-c", "import sys,tarfile; print(tarfile.open(sys.argv[1]).extractfile('www/assets/vendor-9f8e7d.js').read().decode() == open(sys.argv[2]).read())", project.PathOf("unpacked/" + Id + ".tar"), project.PathOf("dist/assets/vendor-9f8e7d.js")], project.Directory);
        Assert.That(tar.Output.Trim(), Is.EqualTo("True"), tar.ToString());
    }

    [Test]
    public void KeyFromTheEnvironmentSignsAndNeverReachesTheLogs()
    {
        var project = SignedProject();
        var keyText = File.ReadAllText(project.PathOf("key.pem"));
        var secretSlice = keyText.Split('\n')[5];

        var result = project.RunWith(new Dictionary<string, string> { ["OFFLINE_PACKAGE_SIGNING_KEY"] = keyText }, "build", "-v:diag");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var binlog = new GZipStream(File.OpenRead(result.BinlogPath), CompressionMode.Decompress);
        using var text = new MemoryStream();
        binlog.CopyTo(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(Amr(project)), Is.True);
            Assert.That(secretSlice, Has.Length.GreaterThan(40));
            Assert.That(result.Output, Does.Not.Contain(secretSlice), "diagnostic verbosity console output");
            Assert.That(System.Text.Encoding.UTF8.GetString(text.ToArray()), Does.Not.Contain(secretSlice), "binlog");
        }

        var verify = project.Run("msbuild", "-t:OfflinePackageVerifyAmr", "-p:OfflinePackagePublicKeyFile=public.pem");
        Assert.That(verify.ExitCode, Is.Zero, verify.ToString());
        Assert.That(verify.Output, Does.Contain("structure and signatures"));
    }

    [RequiresMpaasDemo]
    [Test]
    public void PublicKeyOfAnotherKeyIsAnErrorAndNoAmrIsWritten()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>\n    <OfflinePackagePublicKeyFile>other.pem</OfflinePackagePublicKeyFile>");
        File.Copy(Path.Combine(RepoPaths.MpaasDemo, "demo-public-key.pem"), project.PathOf("other.pem"));

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK5003" }), result.ToString());
        Assert.That(result.Errors.Single().File, Is.EqualTo(project.PathOf("other.pem")));
        Assert.That(File.Exists(Amr(project)), Is.False);
    }

    [Test]
    public void MatchingPublicKeyInTheAndroidBase64FormIsAccepted()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>\n    <OfflinePackagePublicKeyFile>android.txt</OfflinePackagePublicKeyFile>");
        var pem = File.ReadAllLines(project.PathOf("public.pem")).Where(l => !l.StartsWith("-----"));
        project.WriteFile("android.txt", string.Concat(pem));

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Amr(project)), Is.True);
    }

    [Test]
    public void ShortKeyIsAWarningAndStillSigns()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>", bits: 1024);

        var result = project.Build();

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "OPK5002" }));
        Assert.That(File.Exists(Amr(project)), Is.True);
    }

    [Test]
    public void ShortKeyIsAnErrorInStrictModeAndNoAmrIsWritten()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>\n    <OfflinePackageStrict>true</OfflinePackageStrict>", bits: 1024);

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK5002" }), result.ToString());
        Assert.That(File.Exists(Amr(project)), Is.False);
    }

    [Test]
    public void VersionTheAmrCannotCarryIsACodedErrorNotACrash()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>");

        var result = project.Build("-p:OfflinePackageVersion=1.0.0.1+build");

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK1003" }), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("MSB4018"));
    }

    [Test]
    public void PointingAtAnotherKeyFileRebuildsTheAmr()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>$(KeyFile)</OfflinePackageSigningKeyFile>");
        Assert.That(project.Build("-p:KeyFile=key.pem").ExitCode, Is.Zero);

        var second = project.Build("-p:KeyFile=public.pem");

        Assert.That(second.ErrorCodes, Is.EqualTo(new[] { "OPK5001" }), "the public key cannot sign: the .amr target ran again\n" + second);
    }

    [Test]
    public void NewKeyInTheEnvironmentRebuildsTheAmr()
    {
        var project = SignedProject();
        OpenSsl(project.Directory, "genrsa", "-out", "second.pem", "2048");
        OpenSsl(project.Directory, "rsa", "-in", "second.pem", "-pubout", "-out", "second-public.pem");
        var first = project.RunWith(new Dictionary<string, string> { ["OFFLINE_PACKAGE_SIGNING_KEY"] = File.ReadAllText(project.PathOf("key.pem")) }, "build");
        Assert.That(first.ExitCode, Is.Zero, first.ToString());

        var second = project.RunWith(new Dictionary<string, string> { ["OFFLINE_PACKAGE_SIGNING_KEY"] = File.ReadAllText(project.PathOf("second.pem")) }, "build");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        var verify = project.Run("msbuild", "-t:OfflinePackageVerifyAmr", "-p:OfflinePackagePublicKeyFile=second-public.pem");
        Assert.That(verify.ExitCode, Is.Zero, "the .amr is signed with the new key\n" + verify);
    }

    [Test]
    public void UnusablePublicKeyIsACodedError()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>\n    <OfflinePackagePublicKeyFile>app-key.txt</OfflinePackagePublicKeyFile>");
        project.WriteFile("app-key.txt", "this is not a key");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK5004" }), result.ToString());
        Assert.That(result.Errors.Single().File, Is.EqualTo(project.PathOf("app-key.txt")));
        Assert.That(File.Exists(Amr(project)), Is.False);
    }

    [Test]
    public void UnreadableKeyIsACodedError()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>public.pem</OfflinePackageSigningKeyFile>");

        var result = project.Build();

        Assert.That(result.ErrorCodes, Is.EqualTo(new[] { "OPK5001" }), result.ToString());
        Assert.That(result.Errors.Single().Text, Does.Contain("public key"));
        Assert.That(result.Output, Does.Not.Contain("MSB4018"));
    }

    [Test]
    public void SecondBuildSkipsTheAmr()
    {
        var project = SignedProject("\n    <OfflinePackageSigningKeyFile>key.pem</OfflinePackageSigningKeyFile>");
        Assert.That(project.Build().ExitCode, Is.Zero);

        var second = project.Build();

        Assert.That(second.SkipReasons("OfflinePackageCreateAmr"), Is.EqualTo(new[] { Microsoft.Build.Framework.TargetSkipReason.OutputsUpToDate }));
    }

    [RequiresMpaasDemo]
    [TestCase("70000000_1.0.0.6.amr", true)]
    [TestCase("00010001_1.0.0.0.amr", true)]
    [TestCase("77777777_1.0.0.0.amr", false)]
    public void VerifyTargetChecksAlibabasOwnPackages(string amr, bool valid)
    {
        var project = ConsumerProject.Create(Path.GetFileNameWithoutExtension(amr))
            .WriteFile("dist/index.html", "<html></html>")
            .WithProject("    <OfflinePackageId>20171228</OfflinePackageId>", Items);

        var result = project.Run(
            "msbuild",
            "-t:OfflinePackageVerifyAmr",
            "-p:OfflinePackageVerifyAmrFiles=" + Path.Combine(RepoPaths.MpaasDemo, amr),
            "-p:OfflinePackagePublicKeyFile=" + Path.Combine(RepoPaths.MpaasDemo, "demo-public-key.pem"));

        if (valid)
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Output, Does.Contain("OfflinePackage verified -> "));
        }
        else
        {
            Assert.That(result.ExitCode, Is.Not.Zero, result.ToString());
            Assert.That(result.ErrorCodes, Has.Count.EqualTo(2).And.All.EqualTo("OPK5005"), "both signatures fail: another key signed it");
        }
    }
}
