using Microsoft.Build.Utilities;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// What every task of the SDK shares: the project a finding's property or item is looked up in, the help link of
    /// each code, and strict mode (OfflinePackageStrict: a warning is reported as an error).
    /// </summary>
    public abstract class OfflinePackageTask : Task
    {
        /// <summary>The project being built: where a property's or item's line is found for the error list.</summary>
        public string ProjectFile { get; set; } = string.Empty;

        /// <summary>Where the OPKnnnn.md pages are: a URL or a local folder.</summary>
        public string HelpLinkBase { get; set; } = string.Empty;

        public bool Strict { get; set; }

        protected void Report(Diagnostic diagnostic) =>
            Log.Report(diagnostic.InMode(Strict), HelpLinkBase, ProjectFile);

        /// <summary>Reports a finding about one file (no line), the common case of the writing tasks.</summary>
        protected void Report(DiagnosticDescriptor descriptor, string file, params object[] args) =>
            Report(new Diagnostic(descriptor, new Subject(file), args));

        /// <summary>OPK4002 for an archive over a classic zip's limits, naming the value that went over and the limit.</summary>
        protected void ReportTooLarge(ZipLimitException e, string archivePath)
        {
            var found = e.Entries > 0 ? Texts.Hint_EntryCount.With(e.Entries) : Texts.Hint_ByteCount.With(e.Bytes);
            var limit = e.Entries > 0 ? Texts.Hint_EntryCount.With(ZipLimitException.MaxEntries) : Texts.Hint_ByteCount.With(ZipLimitException.MaxBytes);
            Report(DiagnosticCatalog.ArchiveTooLarge, archivePath, found, limit);
        }

        /// <summary>
        /// The app's public key from <paramref name="path"/> (a full path; PEM or one-line Base64), or null after
        /// reporting OPK5004 when it cannot be used.
        /// </summary>
        protected RsaPublicKey? LoadPublicKey(string path)
        {
            try
            {
                return RsaKeys.LoadPublicKeyFile(path);
            }
            catch (RsaKeyException e)
            {
                Report(DiagnosticCatalog.PublicKeyInvalid, path, path, e.Reason);
                return null;
            }
        }
    }
}
