using System.Security.Cryptography;
using OfflinePackage.Signing;

namespace OfflinePackage.Tests.Support;

/// <summary>RSA keys made on the spot for tests; nothing is committed.</summary>
internal static class TestKeys
{
    private static readonly Lazy<RsaPrivateKey> Shared2048 = new(() => Generate(2048));

    /// <summary>One 2048-bit key per test run, made with .NET.</summary>
    public static RsaPrivateKey Key2048 => Shared2048.Value;

    public static RsaPrivateKey Generate(int bits)
    {
        using var rsa = RSA.Create(bits);
        return RsaPrivateKey.FromParameters(rsa.ExportParameters(includePrivateParameters: true));
    }

    /// <summary>PKCS#1 "RSA PRIVATE KEY" PEM of a key, written by .NET (for tests that need a PEM without OpenSSL).</summary>
    public static string Pkcs1Pem(RsaPrivateKey key)
    {
        using var rsa = key.CreateRsa();
        return rsa.ExportRSAPrivateKeyPem();
    }

    public static string Pkcs8Pem(RsaPrivateKey key)
    {
        using var rsa = key.CreateRsa();
        return rsa.ExportPkcs8PrivateKeyPem();
    }
}
