using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>A preset .amr as built or supplied: its ID and version (from Manifest/tar) and its file name.</summary>
    public sealed class PresetPackage
    {
        public PresetPackage(string appId, string version, string fileName)
        {
            AppId = appId;
            Version = version;
            FileName = fileName;
        }

        public string AppId { get; }

        public string Version { get; }

        /// <summary>The .amr's file name without folder, e.g. 70000000_1.0.0.6.amr.</summary>
        public string FileName { get; }
    }

    /// <summary>
    /// h5_json.json against the preset .amr files (rules 26, 27): one entry per app_id; every entry has its
    /// .amr and every .amr its entry; same version; file names &lt;ID&gt;_&lt;version&gt;.amr; and, when a virtual
    /// domain is given, vhost = https://&lt;ID&gt;.&lt;domain&gt;. All errors: a mismatch makes every preset fail on Android.
    /// </summary>
    public static class PresetBundleCheck
    {
        /// <summary>The file name a preset package must have: &lt;ID&gt;_&lt;version&gt;.amr (rule 27).</summary>
        public static string PresetFileName(string appId, string version) => appId + "_" + version + ".amr";

        /// <param name="subject">What the findings are about: the bundle (its project, or the folder's h5_json.json).</param>
        public static IReadOnlyList<Diagnostic> Validate(H5JsonDocument document, IEnumerable<PresetPackage> packages, string? virtualDomain, Subject subject)
        {
            var findings = new List<Diagnostic>();
            var packageList = packages.ToList();
            findings.AddRange(document.FindDuplicateAppIds().Select(id => H5JsonDocument.DuplicateAppId(id, document.Data.Where(e => e.AppId == id).Select(e => e.Version), subject)));
            foreach (var package in packageList)
            {
                var expected = PresetFileName(package.AppId, package.Version);
                if (!string.Equals(package.FileName, expected, StringComparison.Ordinal))
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetFileNameMismatch, subject, package.FileName, expected));
                }
            }

            var entriesById = document.Data.GroupBy(e => e.AppId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var packagesById = packageList.GroupBy(p => p.AppId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var domain = virtualDomain?.Trim() ?? string.Empty;
            foreach (var entry in entriesById.Values)
            {
                if (!packagesById.TryGetValue(entry.AppId, out var package))
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetEntryWithoutPackage, subject, entry.AppId, entry.Version));
                }
                else if (!string.Equals(package.Version, entry.Version, StringComparison.Ordinal))
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetVersionMismatch, subject, entry.AppId, entry.Version, package.Version));
                }

                var expectedVHost = H5JsonEntry.VHostFor(entry.AppId, domain);
                var vhost = entry.VHost ?? string.Empty;
                if (domain.Length > 0 && !string.Equals(vhost, expectedVHost, StringComparison.Ordinal))
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.PresetVHostMismatch, subject, entry.AppId, vhost, expectedVHost));
                }
            }

            findings.AddRange(packagesById.Values
                .Where(p => !entriesById.ContainsKey(p.AppId))
                .Select(p => new Diagnostic(DiagnosticCatalog.PresetPackageWithoutEntry, subject, p.AppId, p.Version)));
            return findings;
        }
    }
}
