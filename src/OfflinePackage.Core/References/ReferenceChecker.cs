using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.References
{
    /// <summary>
    /// Resolves every reference of the package's pages, stylesheets and scripts as a browser does (WHATWG URL rules,
    /// &lt;base href&gt;, percent-escapes decoded, query and fragment dropped) and looks each up where the container
    /// would serve it from: this package, a known global package, or the network.
    /// </summary>
    public static class ReferenceChecker
    {
        private static readonly HashSet<string> IgnoredSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "data", "blob", "about", "javascript", "mailto", "tel",
        };

        /// <returns>The findings at the catalogue's severities (strict mode is applied by the caller).</returns>
        public static IReadOnlyList<Diagnostic> Check(ReferenceCheckOptions options, IReadOnlyList<PackageFile> files, Func<PackageFile, FileReferences?> referencesOf)
        {
            var urls = new ContainerUrls(options, files);
            var run = new Run(urls, options);
            foreach (var file in files)
            {
                if (referencesOf(file) is FileReferences found)
                {
                    run.CheckFile(file, found);
                }
            }

            return run.Finish();
        }

        private sealed class Run
        {
            private readonly ContainerUrls _urls;
            private readonly ReferenceCheckOptions _options;
            private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
            private readonly HashSet<string> _networkHosts;
            private Diagnostic? _noGlobalPackage;

            public Run(ContainerUrls urls, ReferenceCheckOptions options)
            {
                _urls = urls;
                _options = options;
                _networkHosts = new HashSet<string>(options.NetworkHosts, StringComparer.OrdinalIgnoreCase);
            }

            public void CheckFile(PackageFile file, FileReferences found)
            {
                if (found.Problem is ParseProblem problem)
                {
                    Report(DiagnosticCatalog.ReferencesNotChecked, file, problem.Line, problem.Column, file.TargetPath, problem.Reason);
                }

                var documentUrl = new Url(_urls.UrlOf(file));
                var baseUrl = found.BaseHref is string href && Resolve(documentUrl, href) is Url based ? based : documentUrl;
                foreach (var reference in found.References)
                {
                    CheckReference(file, baseUrl, reference);
                }
            }

            public IReadOnlyList<Diagnostic> Finish()
            {
                if (_noGlobalPackage != null)
                {
                    _diagnostics.Add(_noGlobalPackage);
                }

                return _diagnostics;
            }

            private void CheckReference(PackageFile file, Url baseUrl, Reference reference)
            {
                var written = reference.Value.Trim(' ', '\t', '\n', '\r', '\f');
                if (written.Length == 0 || written[0] == '#' || IgnoredSchemes.Contains(SchemeOf(written)))
                {
                    return;
                }

                var url = Resolve(baseUrl, written);
                if (url == null || (url.Scheme != "http" && url.Scheme != "https"))
                {
                    return;
                }

                var key = ContainerUrls.Key(url);
                if (_urls.Contains(key))
                {
                    return;
                }

                var display = url.Scheme + "://" + key;
                if (reference.Kind == ReferenceKind.Literal)
                {
                    if (!_urls.IsGlobal && key.StartsWith(_urls.OwnPrefix, StringComparison.Ordinal) && Underneath(key) is string meant)
                    {
                        Report(DiagnosticCatalog.RootAbsoluteLiteral, file, reference, written, meant, display);
                    }

                    return;
                }

                if (key.StartsWith(_urls.OwnPrefix, StringComparison.Ordinal))
                {
                    OwnMiss(file, baseUrl, reference, written, key, display);
                }
                else if (_urls.IsGlobalHost(url.Host))
                {
                    GlobalMiss(file, reference, written, key);
                }
                else if (!string.Equals(url.Host, _urls.OwnHost, StringComparison.OrdinalIgnoreCase) && _networkHosts.Add(url.Host))
                {
                    Report(DiagnosticCatalog.NetworkReference, file, reference, written, url.Host);
                }
            }

            private void OwnMiss(PackageFile file, Url baseUrl, Reference reference, string written, string key, string display)
            {
                var path = PackagePath(key);
                if (IsRelative(written) && ClimbsOut(baseUrl, written))
                {
                    Report(DiagnosticCatalog.ReferenceClimbsOut, file, reference, written, PackagePath(ContainerUrls.Key(baseUrl)));
                }
                else if (_urls.OtherCase(key) is string real)
                {
                    Report(DiagnosticCatalog.ReferenceCaseMismatch, file, reference, written, display, PackagePath(real));
                }
                else if (IsRootAbsolute(written) && Underneath(key) is string underMain)
                {
                    Report(DiagnosticCatalog.ReferenceMissesMainFolder, file, reference, written, display, path, underMain);
                }
                else
                {
                    Report(DiagnosticCatalog.ReferenceNotInPackage, file, reference, written, display, path);
                }
            }

            private void GlobalMiss(PackageFile file, Reference reference, string written, string key)
            {
                if (_urls.OtherCase(key) is string real)
                {
                    Report(DiagnosticCatalog.ReferenceCaseMismatch, file, reference, written, written, real);
                }
                else if (_urls.KnowsGlobalPackages)
                {
                    Report(DiagnosticCatalog.GlobalReferenceMissing, file, reference, written, _options.KnownGlobalUrls.Count);
                }
                else if (!_urls.IsGlobal)
                {
                    _noGlobalPackage ??= Diagnostic(DiagnosticCatalog.NoGlobalPackageKnown, file, reference.Line, reference.Column, written);
                }
            }

            // '/assets/x.js' from a page in www/: the file is www/assets/x.js (the bundler's base is '/').
            private string? Underneath(string key)
            {
                if (_urls.MainFolder.Length == 0)
                {
                    return null;
                }

                var candidate = _urls.OwnPrefix + _urls.MainFolder + PackagePath(key);
                return _urls.Contains(candidate) ? PackagePath(candidate) : null;
            }

            private string PackagePath(string key) => key.Substring(_urls.IsGlobal ? 0 : _urls.OwnPrefix.Length);

            private void Report(DiagnosticDescriptor descriptor, PackageFile file, Reference reference, params object[] args) =>
                _diagnostics.Add(Diagnostic(descriptor, file, reference.Line, reference.Column, args));

            private void Report(DiagnosticDescriptor descriptor, PackageFile file, int line, int column, params object[] args) =>
                _diagnostics.Add(Diagnostic(descriptor, file, line, column, args));

            private static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, PackageFile file, int line, int column, params object[] args) =>
                new Diagnostic(descriptor, new Subject(file.SourcePath, line, column), args);
        }

        private static Url? Resolve(Url baseUrl, string written)
        {
            var url = new Url(baseUrl, written);
            return url.IsInvalid ? null : url;
        }

        private static string SchemeOf(string written)
        {
            var colon = written.IndexOf(':');
            if (colon <= 0 || !char.IsLetter(written[0]))
            {
                return string.Empty;
            }

            for (var i = 1; i < colon; i++)
            {
                var c = written[i];
                if (!char.IsLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
                {
                    return string.Empty;
                }
            }

            return written.Substring(0, colon);
        }

        private static bool IsRootAbsolute(string written) => (written[0] == '/' || written[0] == '\\') && !IsNetworkPath(written);

        private static bool IsNetworkPath(string written) => written.Length > 1 && (written[1] == '/' || written[1] == '\\') && (written[0] == '/' || written[0] == '\\');

        private static bool IsRelative(string written) => written[0] != '/' && written[0] != '\\' && SchemeOf(written).Length == 0;

        // More '..' segments than the base URL has folders: a browser clamps them at the host root, out of the package's tree.
        private static bool ClimbsOut(Url baseUrl, string written)
        {
            var segments = written.Split('?', '#')[0].Replace('\\', '/').Split('/');
            var depth = baseUrl.Path.Count(c => c == '/');
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i].Replace("%2e", ".").Replace("%2E", ".");
                if (segment == "..")
                {
                    if (--depth < 0)
                    {
                        return true;
                    }
                }
                else if (segment != "." && i < segments.Length - 1)
                {
                    depth++;
                }
            }

            return false;
        }
    }
}
