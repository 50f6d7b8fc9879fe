using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

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
    /// Pure checks of the preset settings (spec §2.1, §2.3, §2.4, §4.2, rules 18–21, 26, 27). Each returns its
    /// findings (empty when all is well); none throws for bad input.
    /// </summary>
    public static class PresetValidation
    {
        public const string Android = "Android";
        public const string Ios = "iOS";
        public const string Harmony = "HarmonyOS";

        /// <summary>The largest asyncReqRate the console accepts (seconds; 0 = no limit).</summary>
        public const int MaxAsyncReqRate = 86400;

        public const string AsyncReqRateKey = "asyncReqRate";

        /// <summary>
        /// The virtual domain (spec §2.1, rule 21) must be a bare, registrable host name, because vhost is
        /// https://&lt;ID&gt;.&lt;domain&gt;. Surrounding whitespace is ignored. Errors: empty; a scheme (http://, https:, "//");
        /// a path, query or fragment; a port (a domain, not an endpoint); user info, an IP address, non-ASCII,
        /// or a label that is not 1–63 letters, digits and inner hyphens, a name longer than 253. Warnings:
        /// upper case (URL hosts are matched as text by the client); a single label (not a registrable domain).
        /// </summary>
        public static IReadOnlyList<PresetFinding> ValidateVirtualDomain(string? virtualDomain)
        {
            var findings = new List<PresetFinding>();
            var given = virtualDomain ?? string.Empty;
            var domain = given.Trim();
            if (domain.Length == 0)
            {
                findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainMissing, "no virtual domain is set; vhost (https://<ID>.<virtual domain>) cannot be written"));
                return findings;
            }

            if (domain.IndexOf("://", StringComparison.Ordinal) >= 0
                || domain.StartsWith("//", StringComparison.Ordinal)
                || domain.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
                || domain.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainHasScheme, Format("virtual domain '{0}' has a scheme; give the bare domain, e.g. h5app.com", domain), domain));
                return findings;
            }

            if (domain.IndexOfAny(new[] { '/', '\\', '?', '#' }) >= 0)
            {
                findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainHasPath, Format("virtual domain '{0}' has a path, query or fragment; give the bare domain, e.g. h5app.com", domain), domain));
                return findings;
            }

            if (domain.IndexOf('@') >= 0)
            {
                return Invalid(findings, domain, "VirtualDomainReason_UserInfo");
            }

            var colon = domain.LastIndexOf(':');
            if (colon >= 0)
            {
                var port = domain.Substring(colon + 1);
                if (domain.IndexOf(':') == colon && port.Length > 0 && port.All(c => c >= '0' && c <= '9'))
                {
                    findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainHasPort, Format("virtual domain '{0}' has a port; the virtual domain is a domain name, not an address", domain), domain));
                    return findings;
                }

                return Invalid(findings, domain, "VirtualDomainReason_Colon");
            }

            if (domain.Any(c => c > 0x7F))
            {
                return Invalid(findings, domain, "VirtualDomainReason_NonAscii");
            }

            if (domain.Length > 253)
            {
                return Invalid(findings, domain, "VirtualDomainReason_TooLong");
            }

            var labels = domain.Split('.');
            foreach (var label in labels)
            {
                if (label.Length == 0)
                {
                    return Invalid(findings, domain, "VirtualDomainReason_EmptyLabel");
                }

                if (label.Length > 63)
                {
                    return Invalid(findings, domain, "VirtualDomainReason_LabelTooLong", label);
                }

                if (!label.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return Invalid(findings, domain, "VirtualDomainReason_LabelCharacters", label);
                }

                if (label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return Invalid(findings, domain, "VirtualDomainReason_LabelHyphen", label);
                }
            }

            if (labels[labels.Length - 1].All(c => c >= '0' && c <= '9'))
            {
                return Invalid(findings, domain, "VirtualDomainReason_Numeric");
            }

            if (domain.Any(c => c >= 'A' && c <= 'Z'))
            {
                var lower = domain.ToLowerInvariant();
                findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainNotLowerCase, Format("virtual domain '{0}' has upper-case letters; write '{1}' (the client compares URLs as text)", domain, lower), domain, lower));
            }

            if (labels.Length == 1)
            {
                findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainSingleLabel, Format("virtual domain '{0}' is a single label; the console expects a domain you registered, e.g. h5app.com", domain), domain));
            }

            return findings;
        }

        /// <summary>
        /// Extension info (spec §2.4, rule 20): empty or whitespace is fine (no extend_info). Otherwise it must be a
        /// JSON object (error with line/column when it is not JSON at all); its top-level <c>asyncReqRate</c>, if
        /// present, must be an integer or a string of digits in 0–86400 (every occurrence, when duplicated).
        /// Duplicate member names at any depth are a warning (the client keeps only one of them).
        /// </summary>
        public static IReadOnlyList<PresetFinding> ValidateExtendInfo(string? extendInfo)
        {
            var findings = new List<PresetFinding>();
            if (extendInfo == null || extendInfo.Trim().Length == 0)
            {
                return findings;
            }

            var parsed = JsonText.Parse(extendInfo);
            if (parsed.Value == null)
            {
                var error = parsed.Error!;
                findings.Add(new PresetFinding(
                    PresetFindingKind.ExtendInfoInvalidJson,
                    Format("extension info is not valid JSON at line {0}, column {1}: {2}", error.Line, error.Column, error.Message),
                    error.Message,
                    error.Line.ToString(CultureInfo.InvariantCulture),
                    error.Column.ToString(CultureInfo.InvariantCulture)));
                return findings;
            }

            var root = parsed.Value;
            if (root.Kind != JsonItemKind.Object)
            {
                var kind = H5JsonDocument.KindName(root.Kind);
                findings.Add(new PresetFinding(PresetFindingKind.ExtendInfoNotObject, Format("extension info is {0}; it must be a JSON object such as {{\"asyncReqRate\":\"1800\"}}", kind), kind));
                return findings;
            }

            foreach (var member in root.Members.Where(m => m.Name == AsyncReqRateKey))
            {
                if (!IsValidAsyncReqRate(member.Value))
                {
                    var text = JsonText.Write(member.Value);
                    findings.Add(new PresetFinding(PresetFindingKind.AsyncReqRateInvalid, Format("asyncReqRate {0} in the extension info must be a whole number of seconds from 0 to 86400, e.g. \"1800\"", text), text));
                }
            }

            FindDuplicateMembers(root, string.Empty, findings);
            return findings;
        }

        /// <summary>Whether asyncReqRate's value is an integer, or a string of ASCII digits, from 0 to 86400.</summary>
        public static bool IsValidAsyncReqRate(JsonItem value)
        {
            string digits;
            if (value.Kind == JsonItemKind.String)
            {
                digits = value.Text;
            }
            else if (value.Kind == JsonItemKind.Number && value.AsInt64() != null)
            {
                digits = value.Text == "-0" ? "0" : value.Text;
            }
            else
            {
                return false;
            }

            if (digits.Length == 0 || !digits.All(c => c >= '0' && c <= '9'))
            {
                return false;
            }

            var significant = digits.TrimStart('0');
            return significant.Length <= 5 && (significant.Length == 0 || int.Parse(significant, CultureInfo.InvariantCulture) <= MaxAsyncReqRate);
        }

        /// <summary>
        /// Client version ranges (spec §2.3, rule 18). A platform is chosen when its range has a min or a max
        /// (null or empty = not chosen). Errors: no platform; a min or max that is not a dotted number; a max
        /// without a min; min above max (compared segment by segment, 1.10 &gt; 1.9); Android and iOS both chosen
        /// but only one with a custom max (the console wants both "system default" or both custom).
        /// </summary>
        public static IReadOnlyList<PresetFinding> ValidateClientRanges(ClientVersionRange? android, ClientVersionRange? ios, ClientVersionRange? harmony = null)
        {
            var findings = new List<PresetFinding>();
            var platforms = new[] { (Android, android), (Ios, ios), (Harmony, harmony) }
                .Where(p => p.Item2 != null && p.Item2.IsSet)
                .Select(p => (Name: p.Item1, Range: p.Item2!))
                .ToList();
            if (platforms.Count == 0)
            {
                findings.Add(new PresetFinding(PresetFindingKind.NoClientPlatform, "no client version range is set; choose at least one platform (Android or iOS) and its minimum version"));
                return findings;
            }

            foreach (var (name, range) in platforms)
            {
                var minValid = CheckVersion(findings, name, "ClientBound_Min", range.Min);
                var maxValid = CheckVersion(findings, name, "ClientBound_Max", range.Max);
                if (range.Min.Length == 0)
                {
                    findings.Add(new PresetFinding(PresetFindingKind.ClientMinVersionMissing, Format("the {0} client range has a maximum ({1}) but no minimum version", name, range.Max), name, range.Max));
                }
                else if (minValid && maxValid && range.HasCustomMax && ClientVersion.Compare(range.Min, range.Max) > 0)
                {
                    findings.Add(new PresetFinding(PresetFindingKind.ClientMinAboveMax, Format("the {0} minimum client version {1} is above the maximum {2}", name, range.Min, range.Max), name, range.Min, range.Max));
                }
            }

            if (android != null && android.IsSet && ios != null && ios.IsSet && android.HasCustomMax != ios.HasCustomMax)
            {
                var (withMax, max, without) = android.HasCustomMax ? (Android, android.Max, Ios) : (Ios, ios.Max, Android);
                findings.Add(new PresetFinding(
                    PresetFindingKind.ClientMaxPolicyMismatch,
                    Format("{0} has a custom maximum client version ({1}) but {2} has none; when both are chosen the console requires both custom or both \"system default\"", withMax, max, without),
                    withMax,
                    max,
                    without));
            }

            return findings;
        }

        /// <summary>
        /// iOS range against the app's Info.plist (spec §4.2, rule 19): the client compares the range with the
        /// "Product Version" key, so the iOS minimum must not be above it (and a custom maximum not below it), or the
        /// app never gets the package. Warnings: Product Version missing or not a dotted number; min above it;
        /// max below it; Product Version differs from CFBundleShortVersionString (an unverified claim, see
        /// <see cref="PresetFindingKind.ProductVersionDiffersFromShortVersion"/>). Values that are Xcode build
        /// settings ($(MARKETING_VERSION)) cannot be checked: Info. Nothing is checked when iOS is not chosen.
        /// </summary>
        public static IReadOnlyList<PresetFinding> ValidateIosProductVersion(ClientVersionRange? ios, PlistDocument plist)
        {
            var findings = new List<PresetFinding>();
            if (ios == null || !ios.IsSet)
            {
                return findings;
            }

            var path = plist.Source;
            var product = plist.GetString(PlistReader.ProductVersionKey);
            var shortVersion = plist.GetString(PlistReader.ShortVersionKey);
            if (product == null)
            {
                findings.Add(new PresetFinding(
                    PresetFindingKind.ProductVersionMissing,
                    Format("{0} has no \"Product Version\" string; the mPaaS iOS client compares the release range with it, not with CFBundleShortVersionString", path),
                    path));
                return findings;
            }

            product = product.Trim();
            if (IsBuildSetting(product))
            {
                findings.Add(BuildSetting(path, PlistReader.ProductVersionKey, product));
                return findings;
            }

            if (!ClientVersion.IsValid(product))
            {
                findings.Add(new PresetFinding(
                    PresetFindingKind.ProductVersionNotNumeric,
                    Format("{0}: \"Product Version\" '{1}' is not a dotted number, so the iOS client range cannot be checked against it", path, product),
                    path,
                    PlistReader.ProductVersionKey,
                    product));
            }
            else
            {
                if (ClientVersion.Compare(ios.Min, product) > 0)
                {
                    findings.Add(new PresetFinding(
                        PresetFindingKind.IosMinAboveProductVersion,
                        Format("the iOS minimum client version {0} is above the app's Product Version {1} ({2}); this app build will not receive the package", ios.Min, product, path),
                        ios.Min,
                        product,
                        path));
                }

                if (ios.HasCustomMax && ClientVersion.Compare(ios.Max, product) < 0)
                {
                    findings.Add(new PresetFinding(
                        PresetFindingKind.IosMaxBelowProductVersion,
                        Format("the iOS maximum client version {0} is below the app's Product Version {1} ({2}); this app build will not receive the package", ios.Max, product, path),
                        ios.Max,
                        product,
                        path));
                }
            }

            if (shortVersion != null)
            {
                shortVersion = shortVersion.Trim();
                if (IsBuildSetting(shortVersion))
                {
                    findings.Add(BuildSetting(path, PlistReader.ShortVersionKey, shortVersion));
                }
                else if (!string.Equals(product, shortVersion, StringComparison.Ordinal))
                {
                    findings.Add(new PresetFinding(
                        PresetFindingKind.ProductVersionDiffersFromShortVersion,
                        Format("{0}: Product Version {1} differs from CFBundleShortVersionString {2}; some guides say they must match, but no mPaaS source confirms it (Alibaba's own demo has 1.0.0.0 and 1.0), so this is only a reminder", path, product, shortVersion),
                        product,
                        shortVersion,
                        path));
                }
            }

            return findings;
        }

        /// <summary>The file name a preset package must have: &lt;ID&gt;_&lt;version&gt;.amr (rule 27).</summary>
        public static string PresetFileName(string appId, string version) => appId + "_" + version + ".amr";

        /// <summary>
        /// h5_json.json against the preset .amr files (rules 26, 27): one entry per app_id; every entry has its
        /// .amr and every .amr its entry; same version; file names &lt;ID&gt;_&lt;version&gt;.amr; and, when a virtual
        /// domain is given, vhost = https://&lt;ID&gt;.&lt;domain&gt;. All errors: a mismatch makes every preset fail on Android.
        /// </summary>
        public static IReadOnlyList<PresetFinding> ValidatePresetBundle(H5JsonDocument document, IEnumerable<PresetPackage> packages, string? virtualDomain = null)
        {
            var findings = new List<PresetFinding>();
            var packageList = packages.ToList();
            findings.AddRange(document.FindDuplicateAppIds().Select(id => H5JsonDocument.DuplicateFinding(id, document.Data)));

            foreach (var package in packageList)
            {
                var expected = PresetFileName(package.AppId, package.Version);
                if (!string.Equals(package.FileName, expected, StringComparison.Ordinal))
                {
                    findings.Add(new PresetFinding(PresetFindingKind.PresetFileNameMismatch, Format("preset file '{0}' must be named '{1}'", package.FileName, expected), package.FileName, expected));
                }
            }

            var entriesById = document.Data.GroupBy(e => e.AppId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var packagesById = packageList.GroupBy(p => p.AppId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var entry in entriesById.Values)
            {
                if (!packagesById.TryGetValue(entry.AppId, out var package))
                {
                    findings.Add(new PresetFinding(PresetFindingKind.PresetEntryWithoutPackage, Format("h5_json.json lists {0} {1} but there is no preset .amr for it; on Android one missing .amr breaks every preset", entry.AppId, entry.Version), entry.AppId, entry.Version));
                }
                else if (!string.Equals(package.Version, entry.Version, StringComparison.Ordinal))
                {
                    findings.Add(new PresetFinding(PresetFindingKind.PresetVersionMismatch, Format("h5_json.json lists {0} version {1} but the preset .amr is version {2}", entry.AppId, entry.Version, package.Version), entry.AppId, entry.Version, package.Version));
                }

                var trimmedDomain = virtualDomain?.Trim() ?? string.Empty;
                if (trimmedDomain.Length > 0)
                {
                    var expectedVHost = H5JsonEntry.VHostFor(entry.AppId, trimmedDomain);
                    var vhost = entry.VHost ?? string.Empty;
                    if (!string.Equals(vhost, expectedVHost, StringComparison.Ordinal))
                    {
                        findings.Add(new PresetFinding(PresetFindingKind.PresetVHostMismatch, Format("h5_json.json gives {0} the vhost '{1}'; with the virtual domain {2} it must be '{3}'", entry.AppId, vhost, trimmedDomain, expectedVHost), entry.AppId, vhost, expectedVHost));
                    }
                }
            }

            foreach (var package in packagesById.Values.Where(p => !entriesById.ContainsKey(p.AppId)))
            {
                findings.Add(new PresetFinding(PresetFindingKind.PresetPackageWithoutEntry, Format("preset .amr {0} {1} has no entry in h5_json.json", package.AppId, package.Version), package.AppId, package.Version));
            }

            return findings;
        }

        /// <summary>Whether a plist value is an unexpanded Xcode build setting such as $(MARKETING_VERSION) or ${X}.</summary>
        public static bool IsBuildSetting(string value) =>
            value.IndexOf("$(", StringComparison.Ordinal) >= 0 || value.IndexOf("${", StringComparison.Ordinal) >= 0;

        private static PresetFinding BuildSetting(string path, string key, string value) =>
            new PresetFinding(
                PresetFindingKind.PlistValueIsBuildSetting,
                Format("{0}: \"{1}\" is the Xcode build setting '{2}', which is only known when Xcode builds the app; it is not checked", path, key, value),
                path,
                key,
                value);

        /// <summary>Whether a bound of a client version range is empty or a dotted number; <paramref name="boundKey"/> names it (a <c>ClientBound_</c> key of Strings.resx).</summary>
        private static bool CheckVersion(List<PresetFinding> findings, string platform, string boundKey, string value)
        {
            if (value.Length == 0)
            {
                return true;
            }

            if (ClientVersion.IsValid(value))
            {
                return true;
            }

            var bound = Strings.Get(boundKey);
            findings.Add(new PresetFinding(PresetFindingKind.ClientVersionInvalid, Format("the {0} {1} client version '{2}' is not a dotted number such as 10.1.68", platform, bound, value), platform, bound, value));
            return false;
        }

        /// <summary>A VirtualDomainInvalid finding whose reason is <paramref name="reasonKey"/>'s text (a <c>VirtualDomainReason_</c> key of Strings.resx) filled with <paramref name="reasonArguments"/>.</summary>
        private static IReadOnlyList<PresetFinding> Invalid(List<PresetFinding> findings, string domain, string reasonKey, params object[] reasonArguments)
        {
            var reason = Strings.Format(reasonKey, reasonArguments);
            findings.Add(new PresetFinding(PresetFindingKind.VirtualDomainInvalid, Format("virtual domain '{0}' is not a host name: {1}", domain, reason), domain, reason));
            return findings;
        }

        private static void FindDuplicateMembers(JsonItem value, string path, List<PresetFinding> findings)
        {
            if (value.Kind == JsonItemKind.Object)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in value.Members)
                {
                    var memberPath = path.Length == 0 ? member.Name : path + "." + member.Name;
                    if (!seen.Add(member.Name) && reported.Add(member.Name))
                    {
                        findings.Add(new PresetFinding(PresetFindingKind.ExtendInfoDuplicateMember, Format("extension info has '{0}' more than once; the client keeps only the last", memberPath), memberPath));
                    }

                    FindDuplicateMembers(member.Value, memberPath, findings);
                }
            }
            else if (value.Kind == JsonItemKind.Array)
            {
                for (var i = 0; i < value.Items.Count; i++)
                {
                    FindDuplicateMembers(value.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", findings);
                }
            }
        }

        private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
