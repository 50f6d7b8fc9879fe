using System;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Signing
{
    /// <summary>Why a key could not be loaded.</summary>
    public enum RsaKeyError
    {
        /// <summary>The text (or file) is empty.</summary>
        Empty,

        /// <summary>Neither a PEM block nor Base64 key data was found.</summary>
        NoKey,

        /// <summary>The key is not RSA (EC, DSA, Ed25519, RSASSA-PSS, OpenSSH format, a certificate…).</summary>
        UnsupportedKeyType,

        /// <summary>The private key is protected by a passphrase.</summary>
        Encrypted,

        /// <summary>A private key was expected, the text holds only a public key.</summary>
        PublicKeyGiven,

        /// <summary>A public key was expected, the text holds a private key.</summary>
        PrivateKeyGiven,

        /// <summary>Invalid Base64, or bytes that are not the expected DER structure.</summary>
        InvalidEncoding,

        /// <summary>The structure is right but the numbers are not a usable RSA key.</summary>
        InvalidKey,

        /// <summary>The key file could not be read.</summary>
        FileUnreadable,

        /// <summary>The key file is a device, FIFO, socket or folder (or a link to one), which is not read.</summary>
        FileNotRegular,

        /// <summary>The key file is larger than <see cref="RsaKeys.MaxKeyFileBytes"/>.</summary>
        FileTooLarge,
    }

    /// <summary>A key could not be loaded. The message says why and never contains key material.</summary>
    public sealed class RsaKeyException : Exception
    {
        public RsaKeyException(RsaKeyError error, string message)
            : base(message)
        {
            Error = error;
        }

        public RsaKeyError Error { get; }

        /// <summary>Why the key cannot be used, as the OPK5001 and OPK5004 messages say it.</summary>
        public string Reason => Error switch
        {
            RsaKeyError.Empty => Texts.KeyError_Empty,
            RsaKeyError.NoKey => Texts.KeyError_NoKey,
            RsaKeyError.UnsupportedKeyType => Texts.KeyError_UnsupportedKeyType,
            RsaKeyError.Encrypted => Texts.KeyError_Encrypted,
            RsaKeyError.PublicKeyGiven => Texts.KeyError_PublicKeyGiven,
            RsaKeyError.PrivateKeyGiven => Texts.KeyError_PrivateKeyGiven,
            RsaKeyError.InvalidEncoding => Texts.KeyError_InvalidEncoding,
            RsaKeyError.InvalidKey => Texts.KeyError_InvalidKey,
            RsaKeyError.FileUnreadable => Texts.KeyError_FileUnreadable,
            RsaKeyError.FileNotRegular => Texts.KeyError_FileNotRegular,
            RsaKeyError.FileTooLarge => Texts.KeyError_FileTooLarge,
            _ => throw new ArgumentOutOfRangeException(nameof(Error), Error, null),
        };
    }
}
