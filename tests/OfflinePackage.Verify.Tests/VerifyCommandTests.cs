using System.Text.Json;
using OfflinePackage.Tests.Support;
using OfflinePackage.Verify.Tests.Support;

namespace OfflinePackage.Verify.Tests;

/// <summary>offlinepackage-verify run as a process on Alibaba's own .amr files (made by the mPaaS console, not by us).</summary>
public class VerifyCommandTests
{
    private static string Key => DemoPackages.PathOf(DemoPackages.PublicKeyFile);

    private static string Amr(string name) => DemoPackages.PathOf(name);

    [RequiresMpaasDemo]
    [TestCase(DemoPackages.Normal, "70000000", "1.0.0.6", 8)]
    [TestCase(DemoPackages.UnderWww, "00010001", "1.0.0.0", 5)]
    public void ConsolePackage_WithTheDemoKey_VerifiesStructureAndSignatures(string file, string uid, string version, int tarEntries)
    {
        var result = VerifyTool.Run("--public-key", Key, Amr(file));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.OutputLines, Is.EqualTo(new[] { $"{Amr(file)}: OK (structure and signatures) {uid} {version}, {tarEntries} tar entries" }), result.ToString());
            Assert.That(result.StandardError, Is.Empty);
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void PackageSignedWithAnotherKey_FailsWithAnOPK5005LineForEachSignature()
    {
        var result = VerifyTool.Run("--public-key", Key, Amr(DemoPackages.OtherKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.OutputLines, Has.Length.EqualTo(2), result.ToString());
            Assert.That(result.OutputLines, Is.All.StartsWith(Amr(DemoPackages.OtherKey) + ": error OPK5005: "));
            Assert.That(result.OutputLines, Has.Some.Contains("SignatureInvalid [Manifest.xml]"));
            Assert.That(result.OutputLines, Has.Some.Contains("SignatureInvalid [77777777.tar]"));
            Assert.That(result.StandardOutput, Does.Not.Contain(": OK ("));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void WithoutPublicKey_AllThreeConsolePackagesPassAsStructureOnly()
    {
        var result = VerifyTool.Run(Amr(DemoPackages.Normal), Amr(DemoPackages.UnderWww), Amr(DemoPackages.OtherKey));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.OutputLines, Is.EqualTo(new[]
            {
                $"{Amr(DemoPackages.Normal)}: OK (structure only) 70000000 1.0.0.6, 8 tar entries",
                $"{Amr(DemoPackages.UnderWww)}: OK (structure only) 00010001 1.0.0.0, 5 tar entries",
                $"{Amr(DemoPackages.OtherKey)}: OK (structure only) 77777777 1.0.0.0, 4 tar entries",
            }));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void OneInvalidFileAmongValidOnes_ExitsOneAndStillReportsTheValidOnes()
    {
        var result = VerifyTool.Run("--public-key", Key, Amr(DemoPackages.Normal), Amr(DemoPackages.OtherKey), Amr(DemoPackages.UnderWww));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.OutputLines.Count(l => l.Contains(": OK (structure and signatures) ", StringComparison.Ordinal)), Is.EqualTo(2), result.ToString());
            Assert.That(result.OutputLines.Count(l => l.Contains(": error OPK5005: ", StringComparison.Ordinal)), Is.EqualTo(2), result.ToString());
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void CopyWithOneFlippedByte_Fails()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(Amr(DemoPackages.Normal));
        bytes[bytes.Length / 2] ^= 0x01;
        var copy = temp.CreateFile(DemoPackages.Normal, bytes);

        var withKey = VerifyTool.Run("--public-key", Key, copy);
        var structureOnly = VerifyTool.Run(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withKey.ExitCode, Is.EqualTo(1), withKey.ToString());
            Assert.That(withKey.OutputLines, Is.Not.Empty.And.All.StartsWith(copy + ": error OPK5005: "), withKey.ToString());
            Assert.That(structureOnly.ExitCode, Is.EqualTo(1), "the entry no longer inflates to its CRC-32: " + structureOnly);
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void RezippedCopyWithOneFlippedByteInTheTar_FailsOnlyOnTheTarsSignature()
    {
        using var temp = new TempDirectory();
        var entries = DemoPackages.Entries(Amr(DemoPackages.Normal));
        var tar = entries.Single(e => e.Name == "70000000.tar").Data;
        tar[512] ^= 0x01; // the first byte of the first file's content, after its 512-byte header
        var copy = Path.Combine(temp.Root, DemoPackages.Normal);
        DemoPackages.WriteZip(copy, entries);

        var withKey = VerifyTool.Run("--public-key", Key, copy);
        var structureOnly = VerifyTool.Run(copy);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withKey.ExitCode, Is.EqualTo(1), withKey.ToString());
            Assert.That(withKey.OutputLines, Has.Length.EqualTo(1), withKey.ToString());
            Assert.That(withKey.StandardOutput, Does.Contain(": error OPK5005: ").And.Contain("SignatureInvalid [70000000.tar]"));
            Assert.That(structureOnly.ExitCode, Is.Zero, "the structure is still right: " + structureOnly);
            Assert.That(structureOnly.StandardOutput, Does.Contain(": OK (structure only) 70000000 1.0.0.6"));
        }
    }

    [Test]
    public void MissingAmr_IsAFindingNotAUsageError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "opk-verify-missing-" + Guid.NewGuid().ToString("N"), "70000000_1.0.0.6.amr");

        var result = VerifyTool.Run(missing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.StandardOutput, Does.StartWith(missing + ": error OPK5005: ").And.Contain("FileUnreadable"));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void OneLineBase64Key_VerifiesLikeThePem()
    {
        using var temp = new TempDirectory();
        var base64 = string.Concat(File.ReadAllLines(Key).Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).Select(l => l.Trim()));
        var keyFile = temp.CreateFile("key.txt", base64 + "\n");

        var result = VerifyTool.Run("--public-key=" + keyFile, Amr(DemoPackages.Normal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.StandardOutput, Does.Contain(": OK (structure and signatures) 70000000 1.0.0.6"));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void RelativePaths_AreReportedAsGiven()
    {
        // The tool runs in the test data folder.
        var result = VerifyTool.Run("--public-key", DemoPackages.PublicKeyFile, "--", DemoPackages.Normal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.OutputLines, Is.EqualTo(new[] { DemoPackages.Normal + ": OK (structure and signatures) 70000000 1.0.0.6, 8 tar entries" }));
        }
    }

    [TestCase(new string[0], "no .amr file given")]
    [TestCase(new[] { "--json" }, "no .amr file given")]
    [TestCase(new[] { "--bogus", "x_1.0.amr" }, "unknown option '--bogus'")]
    [TestCase(new[] { "-k", "x_1.0.amr" }, "unknown option '-k'")]
    [TestCase(new[] { "x_1.0.amr", "--public-key" }, "'--public-key' needs a file name after it")]
    [TestCase(new[] { "--public-key=", "x_1.0.amr" }, "'--public-key' needs a file name after it")]
    [TestCase(new[] { "--public-key", "a.pem", "--public-key", "b.pem", "x_1.0.amr" }, "'--public-key' is given more than once")]
    public void BadArguments_ExitTwoWithAUsageMessage(string[] arguments, string problem)
    {
        var result = VerifyTool.Run(arguments);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.StandardError.TrimEnd(), Is.EqualTo($"offlinepackage-verify: {problem}; run 'offlinepackage-verify --help' for usage."));
            Assert.That(result.StandardOutput, Is.Empty);
        }
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void Help_PrintsUsageAndExitsZero(string option)
    {
        var result = VerifyTool.Run(option);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.StandardOutput, Does.StartWith("Usage: offlinepackage-verify [--public-key <file>] [--json] <file.amr | preset folder>..."));
            Assert.That(result.StandardOutput, Does.Contain("--public-key").And.Contain("--json").And.Contain("Exit codes"));
            Assert.That(result.StandardError, Is.Empty);
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void MissingKeyFile_ExitsTwoWithOPK5004()
    {
        var missing = Path.Combine(Path.GetTempPath(), "opk-verify-missing-" + Guid.NewGuid().ToString("N") + ".pem");

        var result = VerifyTool.Run("--public-key", missing, Amr(DemoPackages.Normal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.StandardError, Does.StartWith($"{missing}: error OPK5004: The public key {missing} cannot be used: the file cannot be read;"));
            Assert.That(result.StandardOutput, Is.Empty, "no .amr is verified with a key that cannot be used");
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void KeyFileThatIsNoKey_ExitsTwoWithOPK5004()
    {
        using var temp = new TempDirectory();
        var notAKey = temp.CreateFile("not-a-key.pem", "hello\n");

        var result = VerifyTool.Run("--public-key", notAKey, Amr(DemoPackages.Normal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.StandardError, Does.StartWith(notAKey + ": error OPK5004: ").And.Contain("cannot be used"));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void Json_HasOneObjectPerFileWithTheFields()
    {
        var result = VerifyTool.Run("--json", "--public-key", Key, Amr(DemoPackages.Normal), Amr(DemoPackages.OtherKey));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.That(files, Has.Count.EqualTo(2));
        var good = files[0];
        var bad = files[1];
        var findings = bad.GetProperty("findings").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(good.GetProperty("path").GetString(), Is.EqualTo(Amr(DemoPackages.Normal)));
            Assert.That(good.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(good.GetProperty("signaturesChecked").GetBoolean(), Is.True);
            Assert.That(good.GetProperty("manifest").GetProperty("uid").GetString(), Is.EqualTo("70000000"));
            Assert.That(good.GetProperty("manifest").GetProperty("version").GetString(), Is.EqualTo("1.0.0.6"));
            Assert.That(good.GetProperty("manifest").GetProperty("name").GetString(), Is.EqualTo("h5app"));
            Assert.That(Strings(good, "rootEntries"), Is.EqualTo(new[] { "Manifest.xml", "CERT.json", "70000000.tar" }));
            Assert.That(Strings(good, "tarEntries"), Has.Length.EqualTo(8).And.Contains("index.html").And.Contains("hpmfile.json"));
            Assert.That(good.GetProperty("findings").GetArrayLength(), Is.Zero);

            Assert.That(bad.GetProperty("path").GetString(), Is.EqualTo(Amr(DemoPackages.OtherKey)));
            Assert.That(bad.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(bad.GetProperty("manifest").GetProperty("uid").GetString(), Is.EqualTo("77777777"));
            Assert.That(findings, Has.Count.EqualTo(2));
            Assert.That(findings.Select(f => f.GetProperty("code").GetString()), Is.All.EqualTo("OPK5005"));
            Assert.That(findings.Select(f => f.GetProperty("kind").GetString()), Is.All.EqualTo("SignatureInvalid"));
            Assert.That(findings.Select(f => f.GetProperty("entry").GetString()), Is.EquivalentTo(new[] { "Manifest.xml", "77777777.tar" }));
            Assert.That(findings.Select(f => f.GetProperty("tarEntry").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
            Assert.That(findings.Select(f => f.GetProperty("detail").GetString()), Is.All.Contain("does not verify"));
            Assert.That(findings.Select(f => f.GetProperty("message").GetString()), Is.All.StartsWith($"'{Amr(DemoPackages.OtherKey)}' does not verify: SignatureInvalid ["));
        }
    }

    [RequiresMpaasDemo]
    [Test]
    public void Json_WithoutKey_IsStructureOnlyAndExitsZero()
    {
        var result = VerifyTool.Run(Amr(DemoPackages.OtherKey), "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var file = json.RootElement.EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(file.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(file.GetProperty("signaturesChecked").GetBoolean(), Is.False);
            Assert.That(Strings(file, "tarEntries"), Does.Contain("mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533_default/appicon.png"));
        }
    }

    [Test]
    public void Json_UnreadableFile_HasANullManifestAndAFinding()
    {
        var missing = Path.Combine(Path.GetTempPath(), "opk-verify-missing-" + Guid.NewGuid().ToString("N"), "70000000_1.0.0.6.amr");

        var result = VerifyTool.Run("--json", missing);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var file = json.RootElement.EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(file.GetProperty("manifest").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(file.GetProperty("rootEntries").GetArrayLength(), Is.Zero);
            Assert.That(file.GetProperty("findings")[0].GetProperty("kind").GetString(), Is.EqualTo("FileUnreadable"));
            Assert.That(file.GetProperty("findings")[0].GetProperty("entry").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void Tool_RunsWithoutMSBuildAssemblies()
    {
        // Every other test runs the tool from this folder: it holds the tool and the core, and nothing of MSBuild.
        var folder = Path.GetDirectoryName(VerifyTool.AssemblyPath)!;
        var deps = File.ReadAllText(Path.Combine(folder, "OfflinePackage.Verify.deps.json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(Path.Combine(folder, "OfflinePackage.Core.dll")), Is.True);
            Assert.That(deps, Does.Not.Contain("OfflinePackage.Tasks"));
            Assert.That(Directory.GetFiles(folder, "Microsoft.Build*.dll"), Is.Empty);
            Assert.That(deps, Does.Not.Contain("Microsoft.Build"));
        }
    }

    private static string[] Strings(JsonElement file, string property) =>
        file.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>A preset folder as an Android app ships it: Alibaba's two demo packages and the h5_json.json shipped with them.</summary>
    private static TempDirectory PresetFolder(params string[] amrFiles)
    {
        var folder = new TempDirectory();
        foreach (var amr in amrFiles)
        {
            File.Copy(Amr(amr), folder.Combine(amr));
        }

        File.Copy(DemoPackages.PathOf("h5_json.android.json"), folder.Combine("h5_json.json"));
        return folder;
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolder_MatchingItsH5Json_IsOk()
    {
        using var folder = PresetFolder(DemoPackages.Normal, DemoPackages.OtherKey);

        var result = VerifyTool.Run(folder.Root);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.OutputLines, Is.EqualTo(new[] { $"{folder.Root}: OK preset folder (structure only), 2 packages matching h5_json.json" }));
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolder_MissingAnAmrItsH5JsonLists_IsOPK6035()
    {
        using var folder = PresetFolder(DemoPackages.Normal);

        var result = VerifyTool.Run(folder.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.OutputLines, Has.Length.EqualTo(1).And.All.Contains("error OPK6035").And.All.Contains("77777777"), result.ToString());
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolder_WithTheDemoKey_NamesThePackageSignedWithAnotherKey()
    {
        using var folder = PresetFolder(DemoPackages.Normal, DemoPackages.OtherKey);

        var result = VerifyTool.Run("--public-key", Key, folder.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.OutputLines, Has.Length.EqualTo(2).And.All.StartWith(folder.Combine(DemoPackages.OtherKey) + ": error OPK5005: "), result.ToString());
    }

    [RequiresMpaasDemo]
    [Test]
    public void PresetFolder_WithJson_IsAUsageError()
    {
        using var folder = PresetFolder(DemoPackages.Normal);

        var result = VerifyTool.Run("--json", folder.Root);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StandardError, Does.Contain("--json"));
    }
}
