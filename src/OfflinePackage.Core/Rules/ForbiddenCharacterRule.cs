using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>A backslash is a separator to zip readers on Windows; control characters cannot be stored safely.</summary>
    public sealed class ForbiddenCharacterRule : IPackageRule
    {
        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var (file, path, _) in NameRules.Offenders(model, c => c == '\\' || char.IsControl(c)))
            {
                var reason = path.IndexOf('\\') >= 0 ? Texts.Reason_Backslash : Texts.Reason_ControlCharacter;
                yield return new Diagnostic(DiagnosticCatalog.ForbiddenCharacter, new Subject(file.SourcePath), path, reason);
            }
        }
    }
}
