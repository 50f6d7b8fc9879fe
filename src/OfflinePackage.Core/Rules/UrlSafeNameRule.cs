using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// Resources are looked up by URL, and only A-Z a-z 0-9 - _ . pass every URL encoder unchanged.
    /// A warning in normal packages, an error in global ones (whose docs require it); waived per item
    /// with AllowUnsafeNames="true". Non-ASCII, backslash and control characters, and '#' and '?' (which no URL
    /// can reach) have rules of their own.
    /// </summary>
    public sealed class UrlSafeNameRule : IPackageRule
    {
        public static bool IsSafe(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var (file, path, found) in NameRules.Offenders(model, IsUnsafeAscii, f => !f.Origin.AllowUnsafeNames))
            {
                var descriptor = file.Kind == PackageType.Global ? DiagnosticCatalog.UrlUnsafeNameGlobal : DiagnosticCatalog.UrlUnsafeName;
                yield return new Diagnostic(descriptor, new Subject(file.SourcePath), path, Texts.Reason_Characters.With(found));
            }
        }

        private static bool IsUnsafeAscii(char c) => c < 128 && c != '\\' && !char.IsControl(c) && !UrlBreakingNameRule.BreaksUrl(c) && !IsSafe(c);
    }
}
