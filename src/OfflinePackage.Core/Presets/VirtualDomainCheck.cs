using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// The virtual domain (spec §2.1, rule 21) must be a bare, registrable host name, because vhost is
    /// https://&lt;ID&gt;.&lt;domain&gt;. Surrounding whitespace is ignored. Errors: empty; a scheme (http://, https:, "//");
    /// a path, query or fragment; a port (a domain, not an endpoint); user info, an IP address, non-ASCII,
    /// or a label that is not 1–63 letters, digits and inner hyphens, a name longer than 253. Warnings:
    /// upper case (URL hosts are matched as text by the client); a single label (not a registrable domain).
    /// Every finding is about the OfflinePackageVirtualDomain property.
    /// </summary>
    public static class VirtualDomainCheck
    {
        public const string Property = "OfflinePackageVirtualDomain";

        public static IReadOnlyList<Diagnostic> Validate(string? virtualDomain)
        {
            var domain = (virtualDomain ?? string.Empty).Trim();
            if (domain.Length == 0)
            {
                return new[] { Finding(DiagnosticCatalog.VirtualDomainMissing) };
            }

            if (domain.IndexOf("://", StringComparison.Ordinal) >= 0
                || domain.StartsWith("//", StringComparison.Ordinal)
                || domain.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
                || domain.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                return new[] { Finding(DiagnosticCatalog.VirtualDomainHasScheme, domain) };
            }

            if (domain.IndexOfAny(new[] { '/', '\\', '?', '#' }) >= 0)
            {
                return new[] { Finding(DiagnosticCatalog.VirtualDomainHasPath, domain) };
            }

            var colon = domain.LastIndexOf(':');
            if (domain.IndexOf('@') < 0 && colon >= 0 && domain.IndexOf(':') == colon && colon + 1 < domain.Length && domain.Skip(colon + 1).All(c => c >= '0' && c <= '9'))
            {
                return new[] { Finding(DiagnosticCatalog.VirtualDomainHasPort, domain) };
            }

            var labels = domain.Split('.');
            if (WhyNotAHostName(domain, labels) is string reason)
            {
                return new[] { Finding(DiagnosticCatalog.VirtualDomainInvalid, domain, reason) };
            }

            var findings = new List<Diagnostic>();
            if (domain.Any(c => c >= 'A' && c <= 'Z'))
            {
                findings.Add(Finding(DiagnosticCatalog.VirtualDomainNotLowerCase, domain, domain.ToLowerInvariant()));
            }

            if (labels.Length == 1)
            {
                findings.Add(Finding(DiagnosticCatalog.VirtualDomainSingleLabel, domain));
            }

            return findings;
        }

        /// <summary>Why a domain without scheme, path or port is no host name: a <c>VirtualDomainReason_</c> text of Strings.resx; null when it is one.</summary>
        private static string? WhyNotAHostName(string domain, string[] labels)
        {
            if (domain.IndexOf('@') >= 0)
            {
                return Strings.Get("VirtualDomainReason_UserInfo");
            }

            if (domain.IndexOf(':') >= 0)
            {
                return Strings.Get("VirtualDomainReason_Colon");
            }

            if (domain.Any(c => c > 0x7F))
            {
                return Strings.Get("VirtualDomainReason_NonAscii");
            }

            if (domain.Length > 253)
            {
                return Strings.Get("VirtualDomainReason_TooLong");
            }

            foreach (var label in labels)
            {
                if (label.Length == 0)
                {
                    return Strings.Get("VirtualDomainReason_EmptyLabel");
                }

                if (label.Length > 63)
                {
                    return Strings.Format("VirtualDomainReason_LabelTooLong", label);
                }

                if (!label.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return Strings.Format("VirtualDomainReason_LabelCharacters", label);
                }

                if (label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return Strings.Format("VirtualDomainReason_LabelHyphen", label);
                }
            }

            return labels[labels.Length - 1].All(c => c >= '0' && c <= '9') ? Strings.Get("VirtualDomainReason_Numeric") : null;
        }

        private static Diagnostic Finding(DiagnosticDescriptor descriptor, params object[] args) =>
            new Diagnostic(descriptor, Subject.Property(Property), args);
    }
}
