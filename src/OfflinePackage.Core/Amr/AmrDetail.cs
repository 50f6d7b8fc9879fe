using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Amr
{
    /// <summary>What is wrong with an .amr.</summary>
    public enum AmrFindingKind
    {
        /// <summary>The file cannot be opened or read.</summary>
        FileUnreadable,

        /// <summary>The file is not a zip archive (or its central directory is damaged).</summary>
        NotAZip,

        /// <summary>A zip entry's data cannot be read (damaged compressed data, unsupported method, encryption).</summary>
        EntryUnreadable,

        /// <summary>A zip entry other than Manifest.xml, CERT.json and &lt;ID&gt;.tar: a directory, a nested path or an extra root file.</summary>
        UnexpectedEntry,

        /// <summary>Two zip entries have the same name.</summary>
        DuplicateEntry,

        /// <summary>Manifest.xml, CERT.json or the tar is missing.</summary>
        MissingEntry,

        /// <summary>The file name is not &lt;id&gt;_&lt;version&gt;.amr.</summary>
        FileNameInvalid,

        /// <summary>Manifest.xml is not a readable manifest (XML, &lt;package&gt;, &lt;uid&gt;, &lt;version&gt;).</summary>
        ManifestInvalid,

        /// <summary>Manifest.xml's uid or version differs from the file name's ID or version.</summary>
        ManifestMismatch,

        /// <summary>The tar is not named &lt;uid&gt;.tar.</summary>
        TarNameMismatch,

        /// <summary>CERT.json is not a JSON object of strings.</summary>
        CertJsonInvalid,

        /// <summary>CERT.json has no signature for a root file.</summary>
        SignatureMissing,

        /// <summary>A signature in CERT.json is not standard Base64.</summary>
        SignatureMalformed,

        /// <summary>A signature does not verify with the public key given.</summary>
        SignatureInvalid,

        /// <summary>CERT.json signs a file the zip does not hold.</summary>
        UnusedSignature,

        /// <summary>The tar is damaged: bad header checksum, bad number field, truncated entry.</summary>
        TarInvalid,

        /// <summary>A tar header is neither old-GNU ("ustar  \0") nor POSIX ustar ("ustar\0" "00").</summary>
        TarUnsupportedFormat,

        /// <summary>A tar entry name is longer than 100 bytes (through the ustar prefix field).</summary>
        TarNameTooLong,

        /// <summary>A GNU long-name/long-link record ('L'/'K') or a PAX extended header ('x'/'g').</summary>
        TarExtensionRecord,

        /// <summary>A tar entry that is neither a regular file nor a directory (link, device, FIFO, sparse…).</summary>
        TarUnsupportedEntry,

        /// <summary>A tar name that is absolute, has a backslash, or an empty, '.' or '..' segment.</summary>
        TarUnsafeName,

        /// <summary>Two tar entries have the same name.</summary>
        TarDuplicateName,

        /// <summary>
        /// The zip is not laid out so that every reader takes the same archive from it: a comment or bytes after the end
        /// record, a central directory elsewhere than directly before it, gaps, overlaps, unlisted or reordered entries,
        /// local headers that disagree with the central directory. Nothing in such a zip is read.
        /// </summary>
        ZipNotCanonical,

        /// <summary>The entries inflate to more than the verifier reads in total (<see cref="AmrVerifier.MaxInflatedBytes"/>).</summary>
        TooLarge,
    }

    /// <summary>
    /// What is wrong with an .amr and where inside it: the detail an OPK5005 finding carries as its second message
    /// argument. It has no code, severity or file of its own (the <see cref="Diagnostic"/> holds those); it formats
    /// as the text after "does not verify: ", "Kind [entry: tarEntry]: detail", and keeps its parts for --json.
    /// </summary>
    public sealed class AmrDetail
    {
        /// <param name="kind">What is wrong.</param>
        /// <param name="entry">The zip entry concerned, or null for the file as a whole.</param>
        /// <param name="tarEntry">The entry inside the tar concerned, for tar findings; otherwise null.</param>
        /// <param name="key">The detail's text in Resources/Strings.resx: an <c>AmrDetail_</c> key, never the text itself.</param>
        /// <param name="arguments">The values filled into the text's placeholders {0}, {1}...</param>
        public AmrDetail(AmrFindingKind kind, string? entry, string? tarEntry, string key, params object?[] arguments)
        {
            Kind = kind;
            Entry = entry;
            TarEntry = tarEntry;
            Key = key;
            Arguments = arguments;
            Text = Strings.Format(key, arguments);
        }

        public AmrFindingKind Kind { get; }

        /// <summary>The zip entry concerned (e.g. "70000000.tar", "CERT.json"), or null for the file as a whole.</summary>
        public string? Entry { get; }

        /// <summary>The entry inside the tar concerned, for tar findings.</summary>
        public string? TarEntry { get; }

        /// <summary>The key of <see cref="Text"/> in Resources/Strings.resx (<c>AmrDetail_...</c>).</summary>
        public string Key { get; }

        /// <summary>The values filled into <see cref="Key"/>'s text.</summary>
        public IReadOnlyList<object?> Arguments { get; }

        /// <summary>A short explanation (never key material): <see cref="Key"/>'s text filled with <see cref="Arguments"/>.</summary>
        public string Text { get; }

        /// <summary>The detail an OPK5005 finding of <see cref="AmrVerifier"/> carries; null for any other diagnostic.</summary>
        public static AmrDetail? Of(Diagnostic diagnostic) =>
            diagnostic.Code == DiagnosticCatalog.AmrInvalid.Code ? diagnostic.Args.OfType<AmrDetail>().FirstOrDefault() : null;

        /// <summary>The OPK5005 finding about <paramref name="amrPath"/> that this detail explains.</summary>
        internal Diagnostic About(string amrPath) => new Diagnostic(DiagnosticCatalog.AmrInvalid, new Subject(amrPath), amrPath, this);

        public override string ToString() =>
            Kind + (Entry == null ? string.Empty : " [" + Entry + (TarEntry == null ? string.Empty : ": " + TarEntry) + "]") + ": " + Text;
    }
}
