using System.Collections.Generic;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// The outcome of <see cref="AmrVerifier"/>: findings (none when the .amr is good) and what was read. Each finding
    /// is an OPK5005 about the .amr file, ready to report; its <see cref="AmrDetail"/> says what is wrong where.
    /// </summary>
    public sealed class AmrVerification
    {
        public AmrVerification(
            IReadOnlyList<Diagnostic> findings,
            bool signaturesChecked,
            ManifestInfo? manifest,
            IReadOnlyList<string> rootEntries,
            IReadOnlyList<string> tarEntries)
        {
            Findings = findings;
            SignaturesChecked = signaturesChecked;
            Manifest = manifest;
            RootEntries = rootEntries;
            TarEntries = tarEntries;
        }

        public IReadOnlyList<Diagnostic> Findings { get; }

        public bool IsValid => Findings.Count == 0;

        /// <summary>Whether signatures were checked against a public key (false: structure only).</summary>
        public bool SignaturesChecked { get; }

        /// <summary>Manifest.xml's content, when it could be read.</summary>
        public ManifestInfo? Manifest { get; }

        /// <summary>Zip entry names, in file order.</summary>
        public IReadOnlyList<string> RootEntries { get; }

        /// <summary>Names of the tar's entries, in tar order (directories end with '/').</summary>
        public IReadOnlyList<string> TarEntries { get; }

        public override string ToString() => IsValid ? "valid" : string.Join("\n", Findings);
    }
}
