using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.References
{
    /// <summary>
    /// The reference stage of packaging: parses the package's pages, stylesheets and scripts in parallel (each
    /// unchanged file's findings come from the cache instead), then checks every reference against the container's
    /// URL space.
    /// </summary>
    public static class ReferenceCheck
    {
        /// <param name="files">Every file of the package, sorted by target path.</param>
        /// <param name="isChecked">Whether a file's own references are read (CheckReferences metadata); every file can still be referenced.</param>
        /// <param name="cachePath">Where parse results are kept between builds (and the last findings, beside it); empty for no cache.</param>
        public static IReadOnlyList<Diagnostic> Run(ReferenceCheckOptions options, IReadOnlyList<PackageFile> files, Func<PackageFile, bool> isChecked, string cachePath)
        {
            var resultsPath = cachePath.Length > 0 ? cachePath + ".results" : string.Empty;
            var fingerprint = ReferenceResults.Fingerprint(options, files, isChecked);
            if (ReferenceResults.Load(resultsPath, fingerprint) is IReadOnlyList<Diagnostic> replayed)
            {
                return replayed;
            }

            var diagnostics = Check(options, files, isChecked, cachePath, out var complete);
            if (complete && resultsPath.Length > 0)
            {
                try
                {
                    ReferenceResults.Save(resultsPath, fingerprint, diagnostics);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCatalog.ArchiveWriteFailed, new Subject(resultsPath), resultsPath, e.Message.TrimEnd('.')));
                }
            }

            return diagnostics;
        }

        private static List<Diagnostic> Check(ReferenceCheckOptions options, IReadOnlyList<PackageFile> files, Func<PackageFile, bool> isChecked, string cachePath, out bool complete)
        {
            var cache = ReferenceCache.Load(cachePath);
            var parsed = new ConcurrentDictionary<PackageFile, KeyValuePair<string, FileReferences>>();
            var unreadable = new ConcurrentBag<Diagnostic>();
            var toRead = files.Where(f => isChecked(f) && ReferenceExtractor.LanguageOf(f.TargetPath) != ReferenceExtractor.Language.None).ToList();
            Parallel.ForEach(toRead, file =>
            {
                var language = ReferenceExtractor.LanguageOf(file.TargetPath);
                try
                {
                    var key = ReferenceCache.KeyOf(file.SourcePath, language);
                    var found = cache.TryGet(key, out var cached) ? cached : ReferenceExtractor.Extract(file.SourcePath, language);
                    parsed[file] = new KeyValuePair<string, FileReferences>(key, found);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    unreadable.Add(new Diagnostic(DiagnosticCatalog.ResourceReadFailed, new Subject(file.SourcePath), file.SourcePath, e.Message.TrimEnd('.')));
                }
            });

            if (cachePath.Length > 0)
            {
                try
                {
                    ReferenceCache.Save(cachePath, toRead.Where(parsed.ContainsKey).Select(f => parsed[f]));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    unreadable.Add(new Diagnostic(DiagnosticCatalog.ArchiveWriteFailed, new Subject(cachePath), cachePath, e.Message.TrimEnd('.')));
                }
            }

            var diagnostics = ReferenceChecker.Check(options, files, f => parsed.TryGetValue(f, out var entry) ? entry.Value : null).ToList();
            complete = unreadable.IsEmpty;
            diagnostics.AddRange(unreadable);
            return diagnostics;
        }
    }
}
