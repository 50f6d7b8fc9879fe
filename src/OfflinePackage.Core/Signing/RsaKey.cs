using System;
using System.Linq;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace OfflinePackage.Signing
{
    /// <summary>
    /// An RSA public key (modulus and exponent). <see cref="ToString"/> and exceptions never show the numbers;
    /// <see cref="ToPem"/>, <see cref="ToBase64"/> and <see cref="Fingerprint"/> do so on request.
    /// </summary>
    public sealed class RsaPublicKey : IEquatable<RsaPublicKey>
    {
        /// <summary>rsaEncryption, the algorithm identifier of SubjectPublicKeyInfo and PKCS#8 RSA keys.</summary>
        public const string RsaEncryptionOid = "1.2.840.113549.1.1.1";

        private readonly byte[] _modulus;
        private readonly byte[] _exponent;

        private RsaPublicKey(byte[] modulus, byte[] exponent)
        {
            _modulus = modulus;
            _exponent = exponent;
            KeySize = RsaNumbers.BitLength(modulus);
        }

        /// <summary>Size of the modulus in bits, e.g. 2048.</summary>
        public int KeySize { get; }

        /// <summary>
        /// Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo (as `openssl pkey -pubin -outform DER | sha256sum`):
        /// a short name for the key in messages.
        /// </summary>
        public string Fingerprint
        {
            get
            {
                using var sha = SHA256.Create();
                var hash = sha.ComputeHash(ToSubjectPublicKeyInfo());
                var hex = new StringBuilder(hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }

        /// <summary>A key from .NET parameters (only Modulus and Exponent are used). Throws <see cref="RsaKeyException"/>.</summary>
        public static RsaPublicKey FromParameters(RSAParameters parameters)
        {
            if (parameters.Modulus == null || parameters.Exponent == null)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA parameters have no modulus or no exponent.");
            }

            return Create(parameters.Modulus, parameters.Exponent);
        }

        internal static RsaPublicKey Create(byte[] modulus, byte[] exponent)
        {
            var n = RsaNumbers.Strip(modulus);
            var e = RsaNumbers.Strip(exponent);
            if (n.Length < 2 || (n[n.Length - 1] & 1) == 0)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA modulus is not a valid (odd, non-trivial) number.");
            }

            if ((e.Length == 1 && e[0] < 3) || (e[e.Length - 1] & 1) == 0 || e.Length > n.Length)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA public exponent is not valid.");
            }

            var key = new RsaPublicKey(n, e);
            RsaNumbers.ProbeImport(key.ToParameters());
            return key;
        }

        public byte[] GetModulus() => (byte[])_modulus.Clone();

        public byte[] GetExponent() => (byte[])_exponent.Clone();

        public RSAParameters ToParameters() => new RSAParameters { Modulus = GetModulus(), Exponent = GetExponent() };

        /// <summary>A new RSA object holding this key; the caller disposes it.</summary>
        public RSA CreateRsa()
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportParameters(ToParameters());
                return rsa;
            }
            catch
            {
                rsa.Dispose();
                throw;
            }
        }

        /// <summary>The DER SubjectPublicKeyInfo (X.509 "PUBLIC KEY"), as Java's X509EncodedKeySpec reads it.</summary>
        public byte[] ToSubjectPublicKeyInfo() =>
            DerWriter.Sequence(
                DerWriter.Sequence(DerWriter.ObjectIdentifier(RsaEncryptionOid), DerWriter.Null()),
                DerWriter.BitString(DerWriter.Sequence(DerWriter.UnsignedInteger(_modulus), DerWriter.UnsignedInteger(_exponent))));

        /// <summary>"-----BEGIN PUBLIC KEY-----" PEM, as `openssl rsa -pubout` writes it.</summary>
        public string ToPem() => Pem.Write("PUBLIC KEY", ToSubjectPublicKeyInfo());

        /// <summary>
        /// The SubjectPublicKeyInfo as one line of standard Base64 with no header: the form the Android client takes
        /// (MPNebula.enableAppVerification, H5PublicRsaProvider).
        /// </summary>
        public string ToBase64() => Convert.ToBase64String(ToSubjectPublicKeyInfo());

        /// <summary>Whether <paramref name="privateKey"/> is the private half of this key (same modulus and exponent).</summary>
        public bool Matches(RsaPrivateKey privateKey) => Equals(privateKey.PublicKey);

        public bool Equals(RsaPublicKey? other) =>
            other != null && RsaNumbers.SameBytes(_modulus, other._modulus) && RsaNumbers.SameBytes(_exponent, other._exponent);

        public override bool Equals(object? obj) => Equals(obj as RsaPublicKey);

        public override int GetHashCode()
        {
            var hash = KeySize;
            for (var i = Math.Max(0, _modulus.Length - 8); i < _modulus.Length; i++)
            {
                hash = (hash * 31) + _modulus[i];
            }

            return hash;
        }

        /// <summary>Kind and size only: never the key's numbers.</summary>
        public override string ToString() => $"RSA public key ({KeySize} bits)";
    }

    /// <summary>
    /// An RSA private key with its CRT parameters, checked for consistency when created.
    /// <see cref="ToString"/> and exceptions never show any part of it.
    /// </summary>
    public sealed class RsaPrivateKey
    {
        private readonly RSAParameters _parameters;

        private RsaPrivateKey(RSAParameters parameters, RsaPublicKey publicKey)
        {
            _parameters = parameters;
            PublicKey = publicKey;
        }

        /// <summary>Size of the modulus in bits, e.g. 2048.</summary>
        public int KeySize => PublicKey.KeySize;

        /// <summary>The public half (modulus and exponent).</summary>
        public RsaPublicKey PublicKey { get; }

        /// <summary>
        /// A key from full .NET parameters (Modulus, Exponent, D, P, Q, DP, DQ, InverseQ), e.g. from
        /// RSA.ExportParameters(true). Throws <see cref="RsaKeyException"/> when a part is missing or inconsistent.
        /// </summary>
        public static RsaPrivateKey FromParameters(RSAParameters parameters)
        {
            if (parameters.Modulus == null || parameters.Exponent == null || parameters.D == null || parameters.P == null
                || parameters.Q == null || parameters.DP == null || parameters.DQ == null || parameters.InverseQ == null)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA private key lacks some of its parameters (n, e, d, p, q, dp, dq, qinv).");
            }

            return Create(parameters.Modulus, parameters.Exponent, parameters.D, parameters.P, parameters.Q, parameters.DP, parameters.DQ, parameters.InverseQ);
        }

        internal static RsaPrivateKey Create(byte[] modulus, byte[] exponent, byte[] d, byte[] p, byte[] q, byte[] dp, byte[] dq, byte[] inverseQ)
        {
            var publicKey = RsaPublicKey.Create(modulus, exponent);
            var n = publicKey.GetModulus();
            var half = (n.Length + 1) / 2;
            CheckConsistent(n, publicKey.GetExponent(), d, p, q, dp, dq, inverseQ);
            var parameters = new RSAParameters
            {
                Modulus = n,
                Exponent = publicKey.GetExponent(),
                D = RsaNumbers.PadLeft(d, n.Length),
                P = RsaNumbers.PadLeft(p, half),
                Q = RsaNumbers.PadLeft(q, half),
                DP = RsaNumbers.PadLeft(dp, half),
                DQ = RsaNumbers.PadLeft(dq, half),
                InverseQ = RsaNumbers.PadLeft(inverseQ, half),
            };
            RsaNumbers.ProbeImport(parameters);
            return new RsaPrivateKey(parameters, publicKey);
        }

        /// <summary>A new RSA object holding this key; the caller disposes it.</summary>
        public RSA CreateRsa()
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportParameters(ExportParameters());
                return rsa;
            }
            catch
            {
                rsa.Dispose();
                throw;
            }
        }

        /// <summary>A copy of every parameter, private ones included.</summary>
        public RSAParameters ExportParameters() => new RSAParameters
        {
            Modulus = Copy(_parameters.Modulus),
            Exponent = Copy(_parameters.Exponent),
            D = Copy(_parameters.D),
            P = Copy(_parameters.P),
            Q = Copy(_parameters.Q),
            DP = Copy(_parameters.DP),
            DQ = Copy(_parameters.DQ),
            InverseQ = Copy(_parameters.InverseQ),
        };

        /// <summary>Kind and size only: never any part of the key.</summary>
        public override string ToString() => $"RSA private key ({KeySize} bits)";

        private static byte[] Copy(byte[] bytes) => (byte[])bytes.Clone();

        private static void CheckConsistent(byte[] nBytes, byte[] eBytes, byte[] dBytes, byte[] pBytes, byte[] qBytes, byte[] dpBytes, byte[] dqBytes, byte[] qiBytes)
        {
            var n = RsaNumbers.ToBigInteger(nBytes);
            var e = RsaNumbers.ToBigInteger(eBytes);
            var d = RsaNumbers.ToBigInteger(dBytes);
            var p = RsaNumbers.ToBigInteger(pBytes);
            var q = RsaNumbers.ToBigInteger(qBytes);
            var dp = RsaNumbers.ToBigInteger(dpBytes);
            var dq = RsaNumbers.ToBigInteger(dqBytes);
            var qi = RsaNumbers.ToBigInteger(qiBytes);
            var consistent = p > BigInteger.One && q > BigInteger.One
                && p * q == n
                && d > BigInteger.Zero && d < n
                && dp == d % (p - 1) && dq == d % (q - 1)
                && (e * dp) % (p - 1) == BigInteger.One
                && (e * dq) % (q - 1) == BigInteger.One
                && (qi * q) % p == BigInteger.One;
            if (!consistent)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA private key's numbers are inconsistent (the key is damaged).");
            }
        }
    }

    /// <summary>Unsigned big-endian numbers as RSAParameters holds them.</summary>
    internal static class RsaNumbers
    {
        public static byte[] Strip(byte[] bytes)
        {
            var start = 0;
            while (start < bytes.Length - 1 && bytes[start] == 0)
            {
                start++;
            }

            var stripped = new byte[bytes.Length - start];
            Buffer.BlockCopy(bytes, start, stripped, 0, stripped.Length);
            return stripped;
        }

        /// <summary>Left-pads with zeros to <paramref name="length"/> bytes, as .NET's ImportParameters requires.</summary>
        public static byte[] PadLeft(byte[] bytes, int length)
        {
            var stripped = Strip(bytes);
            if (stripped.Length > length)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The RSA private key's numbers do not fit its modulus (unbalanced primes are not supported).");
            }

            var padded = new byte[length];
            Buffer.BlockCopy(stripped, 0, padded, length - stripped.Length, stripped.Length);
            return padded;
        }

        public static BigInteger ToBigInteger(byte[] bigEndian)
        {
            var little = new byte[bigEndian.Length + 1];
            for (var i = 0; i < bigEndian.Length; i++)
            {
                little[i] = bigEndian[bigEndian.Length - 1 - i];
            }

            return new BigInteger(little);
        }

        public static int BitLength(byte[] stripped)
        {
            if (stripped.Length == 0)
            {
                return 0;
            }

            var bits = (stripped.Length - 1) * 8;
            for (int top = stripped[0]; top > 0; top >>= 1)
            {
                bits++;
            }

            return bits;
        }

        public static bool SameBytes(byte[] a, byte[] b) => a.SequenceEqual(b);

        /// <summary>Lets the platform's RSA take the key once, so that a key it refuses fails when loaded, not when used.</summary>
        public static void ProbeImport(RSAParameters parameters)
        {
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportParameters(parameters);
            }
            catch (CryptographicException)
            {
                throw new RsaKeyException(RsaKeyError.InvalidKey, "The platform's RSA implementation does not accept the key (unsupported size or parameters).");
            }
        }
    }
}
