using System.IO.Compression;
using System.Text.Json;

namespace OfflinePackage.Sdk.Tests.Infrastructure;

/// <summary>Checks an .amr's signatures with OpenSSL (`openssl dgst -sha1 -verify`), as a user would by hand, not with our verifier.</summary>
public static class OpenSslAmr
{
    /// <summary>Unzips <paramref name="amr"/> into <paramref name="unpacked"/> and asserts that every signature in CERT.json verifies.</summary>
    /// <returns>The names CERT.json signs.</returns>
    public static IReadOnlyList<string> AssertSignaturesVerify(string amr, string publicKey, string unpacked)
    {
        ZipFile.ExtractToDirectory(amr, unpacked);
        using var cert = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(unpacked, "CERT.json")));
        var signed = cert.RootElement.EnumerateObject().Select(p => (p.Name, Signature: p.Value.GetString()!)).ToList();
        Assert.That(signed, Is.Not.Empty, amr);
        foreach (var (name, signature) in signed)
        {
            File.WriteAllBytes(Path.Combine(unpacked, name + ".sig"), Convert.FromBase64String(signature));
            var verify = ProcessRunner.Run("openssl", ["dgst", "-sha1", "-verify", publicKey, "-signature", name + ".sig", name], unpacked);
            Assert.That(verify.Output, Does.Contain("Verified OK"), amr + " " + name + "\n" + verify);
        }

        return signed.Select(s => s.Name).ToList();
    }
}
