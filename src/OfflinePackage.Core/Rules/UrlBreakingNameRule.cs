using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// A browser reads '#' in a URL as the start of the fragment and '?' as the start of the query, so a reference
    /// to a name holding either requests a shorter path than the file's: no page can load it by its name. An error
    /// in every package, never waived (AllowUnsafeNames covers only names that may work, OPK2006/OPK2007).
    /// </summary>
    public sealed class UrlBreakingNameRule : IPackageRule
    {
        public static bool BreaksUrl(char c) => c == '#' || c == '?';

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var (file, path, found) in NameRules.Offenders(model, BreaksUrl))
            {
                yield return new Diagnostic(DiagnosticCatalog.UrlBreakingName, new Subject(file.SourcePath), path, Texts.Reason_Characters.With(found));
            }
        }
    }
}
