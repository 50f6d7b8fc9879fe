using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Amr;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Writes the signed .amr for presetting, then verifies it (with the app's public key when given).
    /// The key comes from a PEM file or the OFFLINE_PACKAGE_SIGNING_KEY environment variable, is read here and
    /// only here, and never reaches a log, a property or an exception message.
    /// </summary>
    public sealed class WriteOfflinePackageAmr : OfflinePackageTask, ICancelableTask
    {
        public const string SigningKeyVariable = "OFFLINE_PACKAGE_SIGNING_KEY";
        public const int RecommendedKeyBits = 2048;

        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        [Required]
        public string PackageId { get; set; } = string.Empty;

        [Required]
        public string PackageVersion { get; set; } = string.Empty;

        [Required]
        public string AmrPath { get; set; } = string.Empty;

        /// <summary>PEM private key file; when empty the environment variable is used.</summary>
        public string SigningKeyFile { get; set; } = string.Empty;

        /// <summary>The public key the app embeds (PEM or one-line Base64); optional.</summary>
        public string PublicKeyFile { get; set; } = string.Empty;

        public string SourceDateEpoch { get; set; } = string.Empty;

        /// <summary>The upload zip of the same files, written just before: its deflated files are reused. Optional.</summary>
        public string UploadZip { get; set; } = string.Empty;

        public void Cancel() => _cancel.Cancel();

        public override bool Execute()
        {
            // MSBuild runs tasks in the project's folder, so relative paths are the project's; diagnostics name full paths.
            SigningKeyFile = SigningKeyFile.Length > 0 ? Path.GetFullPath(SigningKeyFile) : SigningKeyFile;
            PublicKeyFile = PublicKeyFile.Length > 0 ? Path.GetFullPath(PublicKeyFile) : PublicKeyFile;
            var key = LoadSigningKey();
            if (key == null)
            {
                return false;
            }

            if (key.KeySize < RecommendedKeyBits)
            {
                var weak = new Diagnostic(DiagnosticCatalog.SigningKeyWeak, new Subject(SigningKeyFile.Length > 0 ? SigningKeyFile : ProjectFile), key.KeySize);
                Report(weak);
                if (Strict)
                {
                    return false;
                }
            }

            var publicKey = key.PublicKey;
            if (PublicKeyFile.Length > 0)
            {
                var appKey = LoadPublicKey(PublicKeyFile);
                if (appKey == null)
                {
                    return false;
                }

                if (!appKey.Matches(key))
                {
                    Report(DiagnosticCatalog.PublicKeyMismatch, PublicKeyFile, PublicKeyFile, KeySource());
                    return false;
                }

                publicKey = appKey;
            }

            // The rules accept any version a file name can hold (OPK1003); the .amr takes fewer characters. The ID and the
            // paths the writer also checks were settled by the rules before this task runs.
            if (!AmrWriter.IsUsableVersion(PackageVersion))
            {
                Report(new Diagnostic(DiagnosticCatalog.InvalidPackageVersion, Subject.Property("OfflinePackageVersion", PackageVersion), PackageVersion));
                return false;
            }

            var amrPath = Path.GetFullPath(AmrPath);
            var timestamp = ArchiveTimestamp.FromSourceDateEpoch(SourceDateEpoch) ?? ArchiveTimestamp.Default;
            try
            {
                var files = Files.Select(f => new ZipSource(f.ItemSpec, f.GetMetadata("TargetPath"))).ToList();

                // A package with its own hpmfile.json at the root (warned about as OPK2015) keeps it instead of the server's template.
                var ownHpmFile = files.Any(f => f.TargetPath == HpmFile.FileName);
                var uploadZip = UploadZip.Length > 0 ? Path.GetFullPath(UploadZip) : null;
                var written = AmrWriter.Write(amrPath, PackageId, PackageVersion, files, key, timestamp, _cancel.Token, includeHpmFile: !ownHpmFile, uploadZip);
                if (uploadZip != null)
                {
                    Log.LogMessage(MessageImportance.Low, Texts.AmrSplicedFromZip, written.SplicedFiles, files.Count, uploadZip);
                }
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            catch (SourceReadException e)
            {
                Report(DiagnosticCatalog.ResourceReadFailed, e.Path, e.Path, e.Message.TrimEnd('.'));
                return false;
            }
            catch (CryptographicException e)
            {
                Report(DiagnosticCatalog.SigningFailed, amrPath, amrPath, e.Message.TrimEnd('.'));
                return false;
            }
            catch (ZipLimitException e)
            {
                ReportTooLarge(e, amrPath);
                return false;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, amrPath, amrPath, e.Message.TrimEnd('.'));
                return false;
            }

            var verification = AmrVerifier.Verify(amrPath, publicKey, _cancel.Token);
            foreach (var finding in verification.Findings)
            {
                Report(finding);
            }

            if (!verification.IsValid)
            {
                // Never leave an .amr that failed its own check where the next build would call it up to date.
                File.Delete(amrPath);
            }

            return !Log.HasLoggedErrors;
        }

        private string KeySource() => SigningKeyFile.Length > 0 ? SigningKeyFile : Texts.KeySource_Environment;

        private RsaPrivateKey? LoadSigningKey()
        {
            try
            {
                if (SigningKeyFile.Length > 0)
                {
                    return RsaKeys.LoadPrivateKeyFile(SigningKeyFile);
                }

                return RsaKeys.LoadPrivateKey(Environment.GetEnvironmentVariable(SigningKeyVariable) ?? string.Empty);
            }
            catch (RsaKeyException e)
            {
                Report(DiagnosticCatalog.SigningKeyInvalid, SigningKeyFile.Length > 0 ? SigningKeyFile : ProjectFile, KeySource(), e.Reason);
                return null;
            }
        }
    }
}
