namespace OfflinePackage.Tests.Support;

/// <summary>
/// One RSA key made by the `openssl` command line, written in every form people have it in: PKCS#1 and PKCS#8
/// private PEM, SubjectPublicKeyInfo and PKCS#1 public PEM, the public key's DER and its one-line Base64.
/// </summary>
internal sealed class OpenSslKeys : IDisposable
{
    private readonly TempDirectory _folder = new();

    public OpenSslKeys(int bits = 2048)
    {
        Folder = _folder.Root;
        var generated = Path.Combine(Folder, "generated.pem");
        ExternalTool.Check("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:" + bits, "-out", generated);
        ExternalTool.Check("openssl", "pkcs8", "-topk8", "-nocrypt", "-in", generated, "-out", Pkcs8Path);

        // OpenSSL 3 writes PKCS#8 unless told -traditional; OpenSSL 1.1 knows no -traditional and writes PKCS#1.
        if (ExternalTool.Run("openssl", new[] { "rsa", "-in", generated, "-traditional", "-out", Pkcs1Path }).ExitCode != 0)
        {
            ExternalTool.Check("openssl", "rsa", "-in", generated, "-out", Pkcs1Path);
        }

        ExternalTool.Check("openssl", "rsa", "-in", generated, "-pubout", "-out", PublicPath);
        ExternalTool.Check("openssl", "rsa", "-in", generated, "-RSAPublicKey_out", "-out", Pkcs1PublicPath);
        ExternalTool.Check("openssl", "pkey", "-pubin", "-in", PublicPath, "-outform", "DER", "-out", PublicDerPath);
    }

    public string Folder { get; }

    public string Pkcs1Path => Path.Combine(Folder, "pkcs1.pem");

    public string Pkcs8Path => Path.Combine(Folder, "pkcs8.pem");

    public string PublicPath => Path.Combine(Folder, "public.pem");

    public string Pkcs1PublicPath => Path.Combine(Folder, "pkcs1-public.pem");

    public string PublicDerPath => Path.Combine(Folder, "public.der");

    public string Pkcs1 => File.ReadAllText(Pkcs1Path);

    public string Pkcs8 => File.ReadAllText(Pkcs8Path);

    public string Public => File.ReadAllText(PublicPath);

    public string Pkcs1Public => File.ReadAllText(Pkcs1PublicPath);

    /// <summary>The SubjectPublicKeyInfo as one line of Base64, as Android code holds it.</summary>
    public string PublicBase64 => Convert.ToBase64String(File.ReadAllBytes(PublicDerPath));

    /// <summary>Runs openssl with arguments relative to <see cref="Folder"/>.</summary>
    public string OpenSsl(params string[] arguments)
    {
        var result = ExternalTool.Run("openssl", arguments, Folder);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result.StandardOutput;
    }

    public void Dispose() => _folder.Dispose();
}
