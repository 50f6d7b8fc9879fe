using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OfflinePackage.Archives;

namespace OfflinePackage.Signing
{
    /// <summary>
    /// Loads RSA keys from the text forms people have: PEM private keys (PKCS#1 "RSA PRIVATE KEY", PKCS#8
    /// "PRIVATE KEY"), PEM public keys (SubjectPublicKeyInfo "PUBLIC KEY", PKCS#1 "RSA PUBLIC KEY"), and the
    /// header-less one-line Base64 SubjectPublicKeyInfo that Android code passes to the mPaaS client.
    /// Failures raise <see cref="RsaKeyException"/> with an <see cref="RsaKeyError"/>.
    /// </summary>
    public static class RsaKeys
    {
        /// <summary>Key files are a few kilobytes; anything far larger is not a key.</summary>
        public const int MaxKeyFileBytes = 1024 * 1024;

        private const string Pkcs1PrivateLabel = "RSA PRIVATE KEY";
        private const string Pkcs8PrivateLabel = "PRIVATE KEY";
        private const string EncryptedPkcs8Label = "ENCRYPTED PRIVATE KEY";
        private const string SpkiLabel = "PUBLIC KEY";
        private const string Pkcs1PublicLabel = "RSA PUBLIC KEY";

        private static readonly Dictionary<string, string> KnownAlgorithms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["1.2.840.10045.2.1"] = "EC",
            ["1.2.840.10040.4.1"] = "DSA",
            ["1.3.101.112"] = "Ed25519",
            ["1.3.101.113"] = "Ed448",
            ["1.2.840.113549.1.1.10"] = "RSASSA-PSS (cannot make PKCS#1 v1.5 signatures)",
            ["1.2.840.113549.1.3.1"] = "DH",
        };

        /// <summary>A private key from PEM text (or from header-less Base64 of PKCS#8/PKCS#1 DER).</summary>
        public static RsaPrivateKey LoadPrivateKey(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new RsaKeyException(RsaKeyError.Empty, "The private key text is empty.");
            }

            var blocks = Pem.Parse(text);
            if (blocks.Count == 0)
            {
                var der = Pem.DecodeBase64(text)
                    ?? throw new RsaKeyException(RsaKeyError.NoKey, "No PEM private key block (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----) was found.");
                return PrivateFromBareDer(der);
            }

            foreach (var block in blocks)
            {
                if (block.Label == Pkcs1PrivateLabel)
                {
                    if (block.Encrypted)
                    {
                        throw Encrypted();
                    }

                    return ParsePkcs1Private(Data(block));
                }

                if (block.Label == Pkcs8PrivateLabel)
                {
                    return ParsePkcs8(Data(block));
                }
            }

            var labels = blocks.Select(b => b.Label).ToList();
            if (labels.Contains(EncryptedPkcs8Label))
            {
                throw Encrypted();
            }

            if (labels.Contains(SpkiLabel) || labels.Contains(Pkcs1PublicLabel))
            {
                throw new RsaKeyException(RsaKeyError.PublicKeyGiven, "The text holds a public key, but signing needs the private key.");
            }

            throw new RsaKeyException(RsaKeyError.UnsupportedKeyType, $"The PEM block '{Describe(labels)}' is not an RSA private key.");
        }

        /// <summary>
        /// A public key from PEM text ("PUBLIC KEY" or "RSA PUBLIC KEY") or from the one-line Base64
        /// SubjectPublicKeyInfo without header that the Android client uses.
        /// </summary>
        public static RsaPublicKey LoadPublicKey(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new RsaKeyException(RsaKeyError.Empty, "The public key text is empty.");
            }

            var blocks = Pem.Parse(text);
            if (blocks.Count == 0)
            {
                var der = Pem.DecodeBase64(text)
                    ?? throw new RsaKeyException(RsaKeyError.NoKey, "Neither a PEM public key block (-----BEGIN PUBLIC KEY-----) nor a Base64 public key was found.");
                return PublicFromBareDer(der);
            }

            foreach (var block in blocks)
            {
                if (block.Label == SpkiLabel)
                {
                    return ParseSubjectPublicKeyInfo(Data(block));
                }

                if (block.Label == Pkcs1PublicLabel)
                {
                    return Parse(block.Label, Data(block), ReadPkcs1Public);
                }
            }

            var labels = blocks.Select(b => b.Label).ToList();
            if (labels.Any(l => l.EndsWith(Pkcs8PrivateLabel, StringComparison.Ordinal)))
            {
                throw new RsaKeyException(RsaKeyError.PrivateKeyGiven, "The text holds a private key where a public key is expected; give only the public key.");
            }

            throw new RsaKeyException(RsaKeyError.UnsupportedKeyType, $"The PEM block '{Describe(labels)}' is not an RSA public key.");
        }

        /// <summary><see cref="LoadPrivateKey"/> on a file's text; an unreadable file is <see cref="RsaKeyError.FileUnreadable"/>.</summary>
        public static RsaPrivateKey LoadPrivateKeyFile(string path) => LoadPrivateKey(ReadKeyFile(path));

        /// <summary><see cref="LoadPublicKey"/> on a file's text; an unreadable file is <see cref="RsaKeyError.FileUnreadable"/>.</summary>
        public static RsaPublicKey LoadPublicKeyFile(string path) => LoadPublicKey(ReadKeyFile(path));

        /// <summary>Whether <paramref name="publicKey"/> is the public half of <paramref name="privateKey"/> (same modulus and exponent).</summary>
        public static bool Matches(RsaPublicKey publicKey, RsaPrivateKey privateKey) => publicKey.Matches(privateKey);

        private static string ReadKeyFile(string path)
        {
            try
            {
                var bytes = BoundedFile.ReadAllBytes(path, MaxKeyFileBytes);
                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            catch (NotARegularFileException)
            {
                throw new RsaKeyException(RsaKeyError.FileNotRegular, "The key file is not a regular file.");
            }
            catch (FileTooLargeException)
            {
                throw new RsaKeyException(RsaKeyError.FileTooLarge, $"The key file is larger than {MaxKeyFileBytes} bytes, too large to be a key.");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new RsaKeyException(RsaKeyError.FileUnreadable, "The key file could not be read: " + e.Message);
            }
        }

        private static RsaKeyException Encrypted() =>
            new RsaKeyException(RsaKeyError.Encrypted, "The private key is encrypted with a passphrase; give it unencrypted (e.g. openssl pkey -in key.pem -out plain.pem).");

        private static string Describe(List<string> labels) =>
            string.Join("', '", labels.Distinct().Select(l => l.Length > 40 ? l.Substring(0, 40) + "…" : l));

        private static byte[] Data(PemBlock block) =>
            block.Data ?? throw new RsaKeyException(RsaKeyError.InvalidEncoding, $"The '{block.Label}' PEM block is not valid Base64.");

        private static RsaPrivateKey PrivateFromBareDer(byte[] der)
        {
            if (TryParse(der, ReadPkcs8, out var pkcs8))
            {
                return pkcs8!;
            }

            if (TryParse(der, ReadPkcs1Private, out var pkcs1))
            {
                return pkcs1!;
            }

            if (TryParse(der, ReadSubjectPublicKeyInfo, out _) || TryParse(der, ReadPkcs1Public, out _))
            {
                throw new RsaKeyException(RsaKeyError.PublicKeyGiven, "The text holds a public key, but signing needs the private key.");
            }

            // Parse again to report the real error (not RSA, inconsistent numbers, bad structure).
            return ParsePkcs8(der);
        }

        private static RsaPublicKey PublicFromBareDer(byte[] der)
        {
            if (TryParse(der, ReadSubjectPublicKeyInfo, out var spki))
            {
                return spki!;
            }

            if (TryParse(der, ReadPkcs1Public, out var pkcs1))
            {
                return pkcs1!;
            }

            if (TryParse(der, ReadPkcs8, out _) || TryParse(der, ReadPkcs1Private, out _))
            {
                throw new RsaKeyException(RsaKeyError.PrivateKeyGiven, "The text holds a private key where a public key is expected; give only the public key.");
            }

            return ParseSubjectPublicKeyInfo(der);
        }

        private static bool TryParse<T>(byte[] der, Func<byte[], T> read, out T? key)
            where T : class
        {
            try
            {
                key = read(der);
                return true;
            }
            catch (DerFormatException)
            {
                key = null;
                return false;
            }
            catch (RsaKeyException e) when (e.Error == RsaKeyError.UnsupportedKeyType)
            {
                key = null;
                return false;
            }
        }

        private static RsaPrivateKey ParsePkcs1Private(byte[] der) => Parse("RSA PRIVATE KEY (PKCS#1)", der, ReadPkcs1Private);

        private static RsaPrivateKey ParsePkcs8(byte[] der) => Parse("PRIVATE KEY (PKCS#8)", der, ReadPkcs8);

        private static RsaPublicKey ParseSubjectPublicKeyInfo(byte[] der) => Parse("PUBLIC KEY (SubjectPublicKeyInfo)", der, ReadSubjectPublicKeyInfo);

        private static T Parse<T>(string what, byte[] der, Func<byte[], T> read)
        {
            try
            {
                return read(der);
            }
            catch (DerFormatException e)
            {
                throw new RsaKeyException(RsaKeyError.InvalidEncoding, $"The key is not a valid {what} structure: {e.Message}");
            }
        }

        /// <summary>RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qinv [, otherPrimeInfos] } (RFC 8017 A.1.2).</summary>
        private static RsaPrivateKey ReadPkcs1Private(byte[] der)
        {
            var root = new DerReader(der);
            var key = root.ReadSequence();
            root.ExpectEnd();
            var version = key.ReadSmallInteger();
            if (version == 1)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "Multi-prime RSA keys are not supported.");
            }

            if (version != 0)
            {
                throw new DerFormatException($"Unknown RSAPrivateKey version {version}.");
            }

            var n = key.ReadUnsignedInteger();
            var e = key.ReadUnsignedInteger();
            var d = key.ReadUnsignedInteger();
            var p = key.ReadUnsignedInteger();
            var q = key.ReadUnsignedInteger();
            var dp = key.ReadUnsignedInteger();
            var dq = key.ReadUnsignedInteger();
            var qi = key.ReadUnsignedInteger();
            key.ExpectEnd();
            return RsaPrivateKey.Create(n, e, d, p, q, dp, dq, qi);
        }

        /// <summary>PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, OCTET STRING privateKey, … } (RFC 5208/5958).</summary>
        private static RsaPrivateKey ReadPkcs8(byte[] der)
        {
            var root = new DerReader(der);
            var info = root.ReadSequence();
            root.ExpectEnd();
            var version = info.ReadSmallInteger();
            if (version > 1)
            {
                throw new DerFormatException($"Unknown PrivateKeyInfo version {version}.");
            }

            ReadAlgorithm(info.ReadSequence());
            var inner = info.ReadOctetString();

            // Optional attributes [0] and public key [1] follow; they are not needed.
            return ReadPkcs1Private(inner);
        }

        /// <summary>SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING subjectPublicKey } (RFC 5280).</summary>
        private static RsaPublicKey ReadSubjectPublicKeyInfo(byte[] der)
        {
            var root = new DerReader(der);
            var info = root.ReadSequence();
            root.ExpectEnd();
            ReadAlgorithm(info.ReadSequence());
            var key = info.ReadBitString();
            info.ExpectEnd();
            return ReadPkcs1Public(key);
        }

        /// <summary>RSAPublicKey ::= SEQUENCE { n, e } (RFC 8017 A.1.1).</summary>
        private static RsaPublicKey ReadPkcs1Public(byte[] der)
        {
            var root = new DerReader(der);
            var key = root.ReadSequence();
            root.ExpectEnd();
            var n = key.ReadUnsignedInteger();
            var e = key.ReadUnsignedInteger();
            key.ExpectEnd();
            return RsaPublicKey.Create(n, e);
        }

        private static void ReadAlgorithm(DerReader algorithm)
        {
            var oid = algorithm.ReadObjectIdentifier();
            if (oid != RsaPublicKey.RsaEncryptionOid)
            {
                var name = KnownAlgorithms.TryGetValue(oid, out var known) ? known : "OID " + oid;
                throw new RsaKeyException(RsaKeyError.UnsupportedKeyType, $"The key is not an RSA key (algorithm {name}).");
            }

            if (algorithm.HasData)
            {
                algorithm.ReadNull();
            }

            algorithm.ExpectEnd();
        }
    }
}
