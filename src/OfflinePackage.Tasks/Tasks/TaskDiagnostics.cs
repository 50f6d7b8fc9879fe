using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Tasks
{
    /// <summary>Turns core diagnostics into MSBuild errors, warnings and messages with code, file, line and help link.</summary>
    internal static class TaskDiagnostics
    {
        public static void Report(this TaskLoggingHelper log, Diagnostic diagnostic, string? helpLinkBase)
        {
            var location = diagnostic.Location;
            var helpLink = HelpLink(helpLinkBase, diagnostic.Code);
            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    log.LogError(null, diagnostic.Code, null, helpLink, location.File, location.Line, location.Column, 0, 0, diagnostic.Message);
                    break;
                case Severity.Warning:
                    log.LogWarning(null, diagnostic.Code, null, helpLink, location.File, location.Line, location.Column, 0, 0, diagnostic.Message);
                    break;
                default:
                    log.LogMessage(null, diagnostic.Code, null, location.File, location.Line, location.Column, 0, 0, MessageImportance.Low, diagnostic.Message);
                    break;
            }
        }

        /// <summary>Reports a diagnostic; with OfflinePackageStrict a warning is reported as an error.</summary>
        public static void Report(this TaskLoggingHelper log, Diagnostic diagnostic, string? helpLinkBase, bool strict) =>
            log.Report(diagnostic.InMode(strict), helpLinkBase);

        /// <summary>Reports a finding about one file (no line), the common case of the writing tasks.</summary>
        public static void Report(this TaskLoggingHelper log, DiagnosticDescriptor descriptor, string file, string? helpLinkBase, params object[] args) =>
            log.Report(new Diagnostic(descriptor, new SourceLocation(file), args), helpLinkBase);

        /// <summary>
        /// The app's public key from <paramref name="path"/> (a full path; PEM or one-line Base64), or null after
        /// reporting OPK5004 when it cannot be used.
        /// </summary>
        public static RsaPublicKey? LoadPublicKey(this TaskLoggingHelper log, string path, string? helpLinkBase)
        {
            try
            {
                return RsaKeys.LoadPublicKeyFile(path);
            }
            catch (RsaKeyException e)
            {
                log.Report(DiagnosticCatalog.PublicKeyInvalid, path, helpLinkBase, path, Strings.Get("KeyError_" + e.Error));
                return null;
            }
        }

        /// <summary>The page of a code: base + code + ".md". A local folder becomes a file:// URI.</summary>
        public static string? HelpLink(string? helpLinkBase, string code)
        {
            if (string.IsNullOrEmpty(helpLinkBase))
            {
                return null;
            }

            var page = helpLinkBase!.TrimEnd('/', '\\') + "/" + code + ".md";
            if (page.IndexOf("://", StringComparison.Ordinal) < 0 && Path.IsPathRooted(page))
            {
                return new Uri(Path.GetFullPath(page)).AbsoluteUri;
            }

            return page;
        }
    }
}
