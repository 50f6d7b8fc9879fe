using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// Extension info (spec §2.4, rule 20): empty or whitespace is fine (no extend_info). Otherwise it must be a
    /// JSON object (error with line/column when it is not JSON at all); its top-level <c>asyncReqRate</c>, if
    /// present, must be an integer or a string of digits in 0–86400 (every occurrence, when duplicated).
    /// Duplicate member names at any depth are a warning (the client keeps only one of them).
    /// Every finding is about the OfflinePackageExtendInfo property.
    /// </summary>
    public static class ExtendInfoCheck
    {
        public const string Property = "OfflinePackageExtendInfo";

        /// <summary>The largest asyncReqRate the console accepts (seconds; 0 = no limit).</summary>
        public const int MaxAsyncReqRate = 86400;

        public const string AsyncReqRateKey = "asyncReqRate";

        public static IReadOnlyList<Diagnostic> Validate(string? extendInfo)
        {
            var findings = new List<Diagnostic>();
            if (extendInfo == null || extendInfo.Trim().Length == 0)
            {
                return findings;
            }

            var parsed = JsonText.Parse(extendInfo);
            if (parsed.Value == null)
            {
                var error = parsed.Error!;
                findings.Add(Finding(DiagnosticCatalog.ExtendInfoInvalidJson, error.Message, Number(error.Line), Number(error.Column)));
                return findings;
            }

            var root = parsed.Value;
            if (root.Kind != JsonItemKind.Object)
            {
                findings.Add(Finding(DiagnosticCatalog.ExtendInfoNotObject, H5JsonDocument.KindName(root.Kind)));
                return findings;
            }

            findings.AddRange(root.Members
                .Where(m => m.Name == AsyncReqRateKey && !IsValidAsyncReqRate(m.Value))
                .Select(m => Finding(DiagnosticCatalog.AsyncReqRateInvalid, JsonText.Write(m.Value))));
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

        private static void FindDuplicateMembers(JsonItem value, string path, List<Diagnostic> findings)
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
                        findings.Add(Finding(DiagnosticCatalog.ExtendInfoDuplicateMember, memberPath));
                    }

                    FindDuplicateMembers(member.Value, memberPath, findings);
                }
            }
            else if (value.Kind == JsonItemKind.Array)
            {
                for (var i = 0; i < value.Items.Count; i++)
                {
                    FindDuplicateMembers(value.Items[i], path + "[" + Number(i) + "]", findings);
                }
            }
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static Diagnostic Finding(DiagnosticDescriptor descriptor, params object[] args) =>
            new Diagnostic(descriptor, Subject.Property(Property), args);
    }
}
