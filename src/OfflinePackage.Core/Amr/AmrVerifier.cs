using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// Checks any .amr (ours or the mPaaS console's) the way the clients will take it: a zip of exactly Manifest.xml,
    /// CERT.json and &lt;ID&gt;.tar at the root and no directories, each entry inflating to exactly its recorded size
    /// and CRC-32; CERT.json readable and signing every other root file (with a public key: each signature verifies
    /// as SHA1withRSA; without: structure only); the tar readable with every name within 100 bytes and no long-name
    /// or PAX records; Manifest.xml's uid and version equal to the file name's ID and version and to the tar's name.
    /// Bad input gives findings, never exceptions; only cancellation throws. The tar is streamed, never held in memory.
    /// </summary>
    public static class AmrVerifier
    {
        /// <summary>
        /// The most the entries of one .amr may inflate to in total (their recorded sizes, which reading enforces).
        /// Offline packages are a few MB; this bounds the time and memory a hostile .amr can cost.
        /// </summary>
        public const long MaxInflatedBytes = 512L * 1024 * 1024;

        /// <summary>The most findings reported for one .amr; the rest are counted in one more (a hostile file can hold thousands).</summary>
        public const int MaxFindings = 100;

        private const string Extension = ".amr";

        public static AmrVerification Verify(string amrPath, RsaPublicKey? publicKey = null, CancellationToken cancellationToken = default)
        {
            FileStream stream;
            try
            {
                stream = BoundedFile.OpenRegular(amrPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                var unreadable = new AmrDetail(AmrFindingKind.FileUnreadable, null, null, Texts.AmrDetail_FileUnreadable.With(e.Message.TrimEnd('.')));
                return Result(amrPath, new List<AmrDetail> { unreadable }, false, null, Array.Empty<string>(), Array.Empty<string>());
            }

            using (stream)
            {
                return Verify(stream, amrPath, Path.GetFileName(amrPath), publicKey, cancellationToken);
            }
        }

        /// <param name="amr">The .amr's bytes (seekable streams are read in place, others are copied into memory first).</param>
        /// <param name="fileName">The .amr's file name: the file the findings are about, checked against Manifest.xml; null for neither.</param>
        public static AmrVerification Verify(Stream amr, string? fileName, RsaPublicKey? publicKey = null, CancellationToken cancellationToken = default) =>
            Verify(amr, fileName ?? string.Empty, fileName, publicKey, cancellationToken);

        /// <param name="amrPath">The file the findings are about.</param>
        private static AmrVerification Verify(Stream amr, string amrPath, string? fileName, RsaPublicKey? publicKey, CancellationToken cancellationToken)
        {
            var findings = new List<AmrDetail>();
            var (fileId, fileVersion) = ParseFileName(fileName, findings);

            AmrZipReader zip;
            try
            {
                if (!amr.CanSeek)
                {
                    var copy = new MemoryStream();
                    amr.CopyTo(copy);
                    amr = copy;
                }

                zip = AmrZipReader.Open(amr);
            }
            catch (Exception e) when (IsReadFailure(e))
            {
                findings.Add(new AmrDetail(AmrFindingKind.NotAZip, null, null, Texts.AmrDetail_NotAZip.With(e.Message)));
                return Result(amrPath, findings, false, null, Array.Empty<string>(), Array.Empty<string>());
            }

            var rootEntries = zip.Entries.Select(e => e.Name).ToList();
            if (zip.LayoutFindings.Count > 0)
            {
                // Another reader may take another archive from these bytes: what we would read proves nothing.
                findings.AddRange(zip.LayoutFindings);
                return Result(amrPath, findings, false, null, rootEntries, Array.Empty<string>());
            }

            var inflated = zip.Entries.Sum(e => e.Size);
            if (inflated > MaxInflatedBytes)
            {
                findings.Add(new AmrDetail(AmrFindingKind.TooLarge, null, null, Texts.AmrDetail_InflatedTooLarge.With(inflated, MaxInflatedBytes)));
                return Result(amrPath, findings, false, null, rootEntries, Array.Empty<string>());
            }

            return Check(zip, amrPath, fileId, fileVersion, publicKey, findings, cancellationToken);
        }

        private static AmrVerification Check(
            AmrZipReader zip,
            string amrPath,
            string? fileId,
            string? fileVersion,
            RsaPublicKey? publicKey,
            List<AmrDetail> findings,
            CancellationToken cancellationToken)
        {
            var entries = zip.Entries;
            var rootEntries = entries.Select(e => e.Name).ToList();
            var rootFiles = new List<AmrZipEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var name = entry.Name;
                if (!seen.Add(name))
                {
                    findings.Add(new AmrDetail(AmrFindingKind.DuplicateEntry, name, null, Texts.AmrDetail_DuplicateEntry));
                    continue;
                }

                if (name.EndsWith("/", StringComparison.Ordinal) || name.EndsWith("\\", StringComparison.Ordinal))
                {
                    findings.Add(new AmrDetail(AmrFindingKind.UnexpectedEntry, name, null, Texts.AmrDetail_DirectoryEntry));
                }
                else if (name.IndexOf('/') >= 0 || name.IndexOf('\\') >= 0)
                {
                    findings.Add(new AmrDetail(AmrFindingKind.UnexpectedEntry, name, null, Texts.AmrDetail_NestedEntry));
                }
                else
                {
                    rootFiles.Add(entry);
                }
            }

            // Manifest.xml first: its uid names the tar.
            var manifestEntry = rootFiles.FirstOrDefault(e => e.Name == ManifestXml.FileName);
            byte[]? manifestBytes = null;
            ManifestInfo? manifest = null;
            if (manifestEntry == null)
            {
                findings.Add(new AmrDetail(AmrFindingKind.MissingEntry, ManifestXml.FileName, null, Texts.AmrDetail_ManifestMissing));
            }
            else
            {
                manifestBytes = ReadSmall(zip, manifestEntry, ManifestXml.MaxBytes, AmrFindingKind.ManifestInvalid, findings);
                if (manifestBytes != null)
                {
                    manifest = ManifestXml.TryParse(manifestBytes, out var error);
                    if (manifest == null)
                    {
                        findings.Add(new AmrDetail(AmrFindingKind.ManifestInvalid, ManifestXml.FileName, null, Texts.AmrDetail_ManifestUnreadable.With(error)));
                    }
                }
            }

            if (manifest != null && fileId != null && manifest.Uid != fileId)
            {
                findings.Add(new AmrDetail(AmrFindingKind.ManifestMismatch, ManifestXml.FileName, null, Texts.AmrDetail_UidMismatch.With(manifest.Uid, fileId)));
            }

            if (manifest != null && fileVersion != null && manifest.Version != fileVersion)
            {
                findings.Add(new AmrDetail(AmrFindingKind.ManifestMismatch, ManifestXml.FileName, null, Texts.AmrDetail_VersionMismatch.With(manifest.Version, fileVersion)));
            }

            var tarEntry = FindTar(rootFiles, manifest?.Uid ?? fileId, findings);
            foreach (var entry in rootFiles)
            {
                if (entry != manifestEntry && entry != tarEntry && entry.Name != CertJson.FileName)
                {
                    findings.Add(new AmrDetail(AmrFindingKind.UnexpectedEntry, entry.Name, null, Texts.AmrDetail_ExtraRootFile));
                }
            }

            var cert = ReadCert(zip, rootFiles, findings);

            // Every root file but CERT.json is signed, as the Android client checks every one of them.
            var tarNames = new List<string>();
            foreach (var entry in rootFiles.Where(e => e.Name != CertJson.FileName))
            {
                cancellationToken.ThrowIfCancellationRequested();
                byte[]? hash;
                if (entry == manifestEntry)
                {
                    hash = manifestBytes == null ? null : Sha1Rsa.Hash(manifestBytes);
                }
                else
                {
                    hash = HashEntry(zip, entry, entry == tarEntry ? tarNames : null, findings, cancellationToken);
                }

                if (cert != null)
                {
                    CheckSignature(entry.Name, hash, cert, publicKey, findings);
                }
            }

            if (cert != null)
            {
                var rootNames = new HashSet<string>(rootFiles.Select(e => e.Name), StringComparer.Ordinal);
                foreach (var signed in cert.Names.Where(n => n == CertJson.FileName || !rootNames.Contains(n)))
                {
                    findings.Add(new AmrDetail(AmrFindingKind.UnusedSignature, CertJson.FileName, null, Texts.AmrDetail_UnusedSignature.With(signed)));
                }
            }

            return Result(amrPath, findings, publicKey != null, manifest, rootEntries, tarNames);
        }

        private static AmrZipEntry? FindTar(List<AmrZipEntry> rootFiles, string? id, List<AmrDetail> findings)
        {
            var tars = rootFiles.Where(e => e.Name.EndsWith(".tar", StringComparison.Ordinal)).ToList();
            if (id != null)
            {
                var expected = tars.FirstOrDefault(e => e.Name == id + ".tar");
                if (expected != null)
                {
                    return expected;
                }
            }

            if (tars.Count == 1)
            {
                if (id != null)
                {
                    findings.Add(new AmrDetail(AmrFindingKind.TarNameMismatch, tars[0].Name, null, Texts.AmrDetail_TarNameMismatch.With(id)));
                }

                return tars[0];
            }

            findings.Add(new AmrDetail(
                AmrFindingKind.MissingEntry,
                id == null ? null : id + ".tar",
                null,
                tars.Count == 0 ? Texts.AmrDetail_TarMissing : Texts.AmrDetail_SeveralTars));
            return null;
        }

        private static CertJson? ReadCert(AmrZipReader zip, List<AmrZipEntry> rootFiles, List<AmrDetail> findings)
        {
            var entry = rootFiles.FirstOrDefault(e => e.Name == CertJson.FileName);
            if (entry == null)
            {
                findings.Add(new AmrDetail(AmrFindingKind.MissingEntry, CertJson.FileName, null, Texts.AmrDetail_CertJsonMissing));
                return null;
            }

            var bytes = ReadSmall(zip, entry, CertJson.MaxBytes, AmrFindingKind.CertJsonInvalid, findings);
            if (bytes == null)
            {
                return null;
            }

            var cert = CertJson.TryParse(bytes, out var error);
            if (cert == null)
            {
                findings.Add(new AmrDetail(AmrFindingKind.CertJsonInvalid, CertJson.FileName, null, Texts.AmrDetail_CertJsonUnreadable.With(error)));
            }

            return cert;
        }

        private static void CheckSignature(string name, byte[]? hash, CertJson cert, RsaPublicKey? publicKey, List<AmrDetail> findings)
        {
            if (cert.GetBase64(name) == null)
            {
                findings.Add(new AmrDetail(AmrFindingKind.SignatureMissing, name, null, Texts.AmrDetail_SignatureMissing));
                return;
            }

            var signature = cert.GetSignature(name);
            if (signature == null)
            {
                findings.Add(new AmrDetail(AmrFindingKind.SignatureMalformed, name, null, Texts.AmrDetail_SignatureMalformed));
                return;
            }

            if (publicKey != null && hash != null && !Sha1Rsa.VerifyHash(hash, signature, publicKey))
            {
                findings.Add(new AmrDetail(AmrFindingKind.SignatureInvalid, name, null, Texts.AmrDetail_SignatureInvalid.With(publicKey.KeySize)));
            }
        }

        /// <summary>The SHA-1 of an entry's data, inspecting it as a tar when <paramref name="tarNames"/> is given; null when unreadable.</summary>
        private static byte[]? HashEntry(AmrZipReader zip, AmrZipEntry entry, List<string>? tarNames, List<AmrDetail> findings, CancellationToken cancellationToken)
        {
            var tarFindings = new List<AmrDetail>();
            try
            {
                // The tar is inflated on one core while it is checked, hashed and inspected on another.
                using var data = zip.Open(entry, inflateAhead: tarNames != null);
                using var hashing = new Sha1ReadStream(data);
                if (tarNames != null)
                {
                    tarNames.AddRange(TarInspector.Inspect(hashing, entry.Name, tarFindings, cancellationToken));
                }

                var hash = hashing.FinishHash(cancellationToken);
                findings.AddRange(tarFindings);
                return hash;
            }
            catch (Exception e) when (IsReadFailure(e))
            {
                findings.AddRange(tarFindings);
                findings.Add(new AmrDetail(AmrFindingKind.EntryUnreadable, entry.Name, null, Texts.AmrDetail_EntryUnreadable.With(e.Message)));
                return null;
            }
        }

        private static byte[]? ReadSmall(AmrZipReader zip, AmrZipEntry entry, int limit, AmrFindingKind tooLarge, List<AmrDetail> findings)
        {
            if (entry.Size > limit)
            {
                findings.Add(new AmrDetail(tooLarge, entry.Name, null, Texts.AmrDetail_FileTooLargeBytes.With(entry.Size)));
                return null;
            }

            try
            {
                using var data = zip.Open(entry);
                using var copy = new MemoryStream();
                var buffer = new byte[8192];
                int read;
                while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
                {
                    copy.Write(buffer, 0, read);
                    if (copy.Length > limit)
                    {
                        findings.Add(new AmrDetail(tooLarge, entry.Name, null, Texts.AmrDetail_FileTooLarge));
                        return null;
                    }
                }

                return copy.ToArray();
            }
            catch (Exception e) when (IsReadFailure(e))
            {
                findings.Add(new AmrDetail(AmrFindingKind.EntryUnreadable, entry.Name, null, Texts.AmrDetail_EntryUnreadable.With(e.Message)));
                return null;
            }
        }

        /// <summary>"&lt;id&gt;_&lt;version&gt;.amr" split at the first '_'; nulls (and a finding) when the name has another form.</summary>
        private static (string? Id, string? Version) ParseFileName(string? fileName, List<AmrDetail> findings)
        {
            if (fileName == null)
            {
                return (null, null);
            }

            var underscore = fileName.IndexOf('_');
            if (!fileName.EndsWith(Extension, StringComparison.Ordinal) || underscore <= 0 || underscore >= fileName.Length - Extension.Length - 1)
            {
                findings.Add(new AmrDetail(AmrFindingKind.FileNameInvalid, null, null, Texts.AmrDetail_FileNameInvalid.With(fileName)));
                return (null, null);
            }

            return (fileName.Substring(0, underscore), fileName.Substring(underscore + 1, fileName.Length - Extension.Length - underscore - 1));
        }

        /// <summary>The outcome, each detail (at most <see cref="MaxFindings"/>, then a count of the rest) an OPK5005 about <paramref name="amrPath"/>.</summary>
        private static AmrVerification Result(
            string amrPath,
            List<AmrDetail> findings,
            bool signaturesChecked,
            ManifestInfo? manifest,
            IReadOnlyList<string> rootEntries,
            IReadOnlyList<string> tarEntries)
        {
            var shown = findings.Count <= MaxFindings ? findings : findings.GetRange(0, MaxFindings);
            if (findings.Count > MaxFindings)
            {
                shown.Add(new AmrDetail(findings[MaxFindings].Kind, null, null, Texts.AmrDetail_MoreFindings.With(findings.Count - MaxFindings)));
            }

            return new AmrVerification(shown.Select(d => d.About(amrPath)).ToList(), signaturesChecked, manifest, rootEntries, tarEntries);
        }

        private static bool IsReadFailure(Exception e) =>
            e is InvalidDataException || e is IOException || e is NotSupportedException || e is UnauthorizedAccessException
            || (e is ArgumentException && !(e is ArgumentNullException));
    }
}
