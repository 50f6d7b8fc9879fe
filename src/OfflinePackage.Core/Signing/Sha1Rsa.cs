using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;

namespace OfflinePackage.Signing
{
    /// <summary>
    /// RSASSA-PKCS1-v1_5 with SHA-1 ("SHA1withRSA", `openssl dgst -sha1 -sign`): the signature of every root file
    /// of an .amr in its CERT.json, over the file's exact bytes. Files and streams are hashed in chunks, never
    /// read whole into memory.
    /// </summary>
    public static class Sha1Rsa
    {
        public const int HashLength = 20;

        private const int BufferSize = 81920;

        /// <summary>The SHA-1 of a stream from its current position to its end.</summary>
        public static byte[] Hash(Stream data, CancellationToken cancellationToken = default)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
            var buffer = new byte[BufferSize];
            int read;
            while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
            }

            return hash.GetHashAndReset();
        }

        public static byte[] Hash(byte[] data)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
            hash.AppendData(data);
            return hash.GetHashAndReset();
        }

        public static byte[] HashFile(string path, CancellationToken cancellationToken = default)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
            return Hash(stream, cancellationToken);
        }

        /// <summary>Signs a SHA-1 hash computed elsewhere (e.g. while the file was written).</summary>
        public static byte[] SignHash(byte[] sha1, RsaPrivateKey key)
        {
            CheckHash(sha1);
            using var rsa = key.CreateRsa();
            return rsa.SignHash(sha1, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        }

        public static byte[] Sign(byte[] data, RsaPrivateKey key) => SignHash(Hash(data), key);

        public static byte[] Sign(Stream data, RsaPrivateKey key, CancellationToken cancellationToken = default) =>
            SignHash(Hash(data, cancellationToken), key);

        public static byte[] SignFile(string path, RsaPrivateKey key, CancellationToken cancellationToken = default) =>
            SignHash(HashFile(path, cancellationToken), key);

        /// <summary>Whether <paramref name="signature"/> is this key's signature of the hash; false for any malformed signature.</summary>
        public static bool VerifyHash(byte[] sha1, byte[] signature, RsaPublicKey key)
        {
            CheckHash(sha1);
            using var rsa = key.CreateRsa();
            try
            {
                return rsa.VerifyHash(sha1, signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
            }
            catch (CryptographicException)
            {
                // Some platforms throw instead of returning false, e.g. for a signature of the wrong length.
                return false;
            }
        }

        public static bool Verify(byte[] data, byte[] signature, RsaPublicKey key) => VerifyHash(Hash(data), signature, key);

        public static bool Verify(Stream data, byte[] signature, RsaPublicKey key, CancellationToken cancellationToken = default) =>
            VerifyHash(Hash(data, cancellationToken), signature, key);

        public static bool VerifyFile(string path, byte[] signature, RsaPublicKey key, CancellationToken cancellationToken = default) =>
            VerifyHash(HashFile(path, cancellationToken), signature, key);

        private static void CheckHash(byte[] sha1)
        {
            if (sha1.Length != HashLength)
            {
                throw new ArgumentException("A SHA-1 hash is 20 bytes.", nameof(sha1));
            }
        }
    }

    /// <summary>A read-only stream that hashes with SHA-1 everything read through it.</summary>
    internal sealed class Sha1ReadStream : OfflinePackage.Archives.ForwardReadStream
    {
        private readonly Stream _inner;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        private long _position;

        public Sha1ReadStream(Stream inner) => _inner = inner;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        /// <summary>Reads the rest of the stream, then returns the hash of everything read; call once.</summary>
        public byte[] FinishHash(CancellationToken cancellationToken = default)
        {
            var buffer = new byte[81920];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return _hash.GetHashAndReset();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            _hash.AppendData(buffer, offset, read);
            _position += read;
            return read;
        }


        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
