using System.IO.Compression;
using System.Text;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// Issue 15: inputs whose cost grew faster than their size. Each runs under a generous guard (minutes before the fix,
/// milliseconds after): the guard only keeps a regression from hanging the suite, it is not a timing assertion.
/// </summary>
public class AmrBoundedCostTests
{
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void CertJsonWithEightyThousandNames_IsReadInLinearTime()
    {
        // 80,000 names in 1.04 MB, under the 1 MiB cap: the quadratic duplicate check took 48 s.
        var text = new StringBuilder("{");
        for (var i = 0; i < 80_000; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append("\"k").Append(i.ToString("D5")).Append("\":\"\"");
        }

        var bytes = Encoding.UTF8.GetBytes(text.Append('}').ToString());
        Assert.That(bytes, Has.Length.LessThanOrEqualTo(CertJson.MaxBytes));

        var cert = TimeGuard.Run(() => CertJson.TryParse(bytes, out _), TimeGuard.Linear);

        Assert.That(cert!.Names, Has.Count.EqualTo(80_000));
    }

    [Test]
    public void CertJsonWithADuplicateAmongManyNames_IsStillRefused()
    {
        var names = Enumerable.Range(0, 5000).Select(i => $"\"n{i}\":\"\"").Append("\"n4321\":\"\"");
        var cert = CertJson.TryParse(Encoding.UTF8.GetBytes("{" + string.Join(",", names) + "}"), out var error);

        Assert.That(cert, Is.Null);
        Assert.That(error, Does.Contain("n4321"));
    }

    [Test]
    public void ThousandsOfFindings_AreCutToAHundredAndACount()
    {
        // A CERT.json signing 5,000 files the .amr does not hold gave 5,000 OPK5005 lines.
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/index.html", "<html></html>"));
        var path = TestAmr.Write(
            _temp.Combine("12345678_1.0.0.0.amr"),
            TestKeys.Key2048,
            new[] { ("Manifest.xml", ManifestXml.RenderBytes("12345678", "1.0.0.0")), ("12345678.tar", tar) },
            signatures => signatures.Concat(Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, byte[]>($"f{i}", new byte[] { 1 }))).ToList());

        var result = AmrVerifier.Verify(path, TestKeys.Key2048.PublicKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Details(), Has.Count.EqualTo(AmrVerifier.MaxFindings + 1));
            Assert.That(result.Details().Take(AmrVerifier.MaxFindings).Select(f => f.Kind), Is.All.EqualTo(AmrFindingKind.UnusedSignature));
            Assert.That(result.Details()[^1].Text, Is.EqualTo(Texts.AmrDetail_MoreFindings.With(5000 - AmrVerifier.MaxFindings)));
        }
    }

    [Test]
    public void PemTextOfRepeatedBeginLines_IsScannedInLinearTime()
    {
        // 1 MB of "-----BEGIN X-----" lines took 6.4 s; four times that took sixteen times as long.
        var text = string.Concat(Enumerable.Repeat("-----BEGIN X-----\n", 4 * 1024 * 1024 / 18));

        var error = TimeGuard.Run(() =>
        {
            try
            {
                RsaKeys.LoadPublicKey(text);
                return (RsaKeyError?)null;
            }
            catch (RsaKeyException e)
            {
                return e.Error;
            }
        }, TimeGuard.Linear);

        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public void PemBlocksAreStillFoundAfterUnclosedOnes()
    {
        var text = "-----BEGIN A-----\n-----BEGIN B-----\n" + Pem.Write("C", new byte[] { 1, 2, 3 }) + "-----BEGIN D-----\n" + Pem.Write("E", new byte[] { 4 });

        var blocks = Pem.Parse(text);

        Assert.That(blocks.Select(b => (b.Label, b.Data![0])), Is.EqualTo(new[] { ("C", (byte)1), ("E", (byte)4) }));
    }

    [Test]
    public void EntriesInflatingBeyondTheBudget_AreRefusedBeforeInflating()
    {
        // Three extra root files of 200 MiB zeros each: 600 MiB in a file of a few hundred KB.
        var path = _temp.Combine("12345678_1.0.0.0.amr");
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/index.html", "<html></html>"));
        var entries = DemoPackages.Entries(TestAmr.WriteStandard(_temp.CreateFolder("base"), TestKeys.Key2048, tar));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(data);
            }

            var zeros = new byte[1 << 20];
            for (var i = 0; i < 3; i++)
            {
                using var entry = zip.CreateEntry($"zeros{i}.bin", CompressionLevel.Fastest).Open();
                for (var mb = 0; mb < 200; mb++)
                {
                    entry.Write(zeros);
                }
            }
        }

        var result = AmrVerifier.Verify(path, TestKeys.Key2048.PublicKey);

        Assert.That(result.Details().Select(f => f.Text), Has.Some.Matches(TextPattern.Of(Texts.AmrDetail_InflatedTooLarge)), result.ToString());
        Assert.That(result.Details().Select(f => f.Kind.ToString()), Has.Some.EqualTo("TooLarge"));
    }
}
