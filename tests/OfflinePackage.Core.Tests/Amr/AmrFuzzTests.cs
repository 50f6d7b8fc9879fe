using OfflinePackage.Amr;
using OfflinePackage.Signing;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Amr;

/// <summary>
/// A short, seeded mutation fuzz of the verifier over our own packages and, when the test data is there, Alibaba's:
/// every case gives a result (valid or findings), never an exception, and finishes well within a generous guard.
/// build/fuzz/run.sh runs the same mutations for as long as you like.
/// </summary>
public class AmrFuzzTests
{
    private const int Cases = 400;
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static IEnumerable<(string Name, byte[] Bytes, RsaPublicKey Key)> Seeds(TempDirectory temp)
    {
        var tar = TestAmr.Tar(("hpmfile.json", "{}"), ("www/", ""), ("www/index.html", "<html>fuzz</html>"), ("www/app.js", new string('x', 3000)));
        var ours = TestAmr.WriteStandard(temp.Root, TestKeys.Key2048, tar);
        yield return (Path.GetFileName(ours), File.ReadAllBytes(ours), TestKeys.Key2048.PublicKey);

        // Alibaba's packages join the seeds when they are there; a bare clone fuzzes ours alone.
        if (MpaasDemo.Folder != null)
        {
            var key = RsaKeys.LoadPublicKeyFile(DemoPackages.PathOf(DemoPackages.PublicKeyFile));
            foreach (var amr in new[] { DemoPackages.Normal, DemoPackages.UnderWww })
            {
                yield return (amr, File.ReadAllBytes(DemoPackages.PathOf(amr)), key);
            }
        }
    }

    [Test]
    public void MutatedPackages_GiveAResult_NeverAnException()
    {
        using var temp = new TempDirectory();
        var seeds = Seeds(temp).ToList();
        var random = new Random(15);
        var escaped = new List<string>();
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var (name, original, key) = seeds[i % seeds.Count];
            var mutated = AmrMutator.Mutate(original, random, out var kind);
            using var cancel = new CancellationTokenSource(Guard);
            try
            {
                using var stream = new MemoryStream(mutated);
                var result = AmrVerifier.Verify(stream, name, key, cancel.Token);
                var outcome = result.IsValid ? "valid" : result.Details()[0].Kind.ToString();
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception e)
            {
                escaped.Add($"case {i} ({kind} of {name}): {e.GetType().Name}: {e.Message}");
            }
        }

        TestContext.Out.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.That(escaped, Is.Empty);
        Assert.That(outcomes.Keys, Has.Count.GreaterThan(3), "the mutations should reach more than a few kinds of finding");
    }
}
