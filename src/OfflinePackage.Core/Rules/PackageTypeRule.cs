using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// One package, one type: normal and global resources never mix, and an H5App keeps the type of its first
    /// upload. Also catches a normal package laid out by hand like a global one (domain/appId_workspace/...).
    /// </summary>
    public sealed class PackageTypeRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageType";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var kinds = model.ListedKinds;
            var typeLocation = Subject.Property(PropertyName);
            string? reason = null;
            if (model.Options.Type == null && kinds.Contains(PackageType.Normal) && kinds.Contains(PackageType.Global))
            {
                reason = Texts.Reason_MixedItems;
            }
            else if (model.Options.Type == PackageType.Normal && kinds.Contains(PackageType.Global))
            {
                reason = Texts.Reason_TypeNormalWithGlobal;
            }
            else if (model.Options.Type == PackageType.Global && kinds.Contains(PackageType.Normal))
            {
                reason = Texts.Reason_TypeGlobalWithNormal;
            }

            if (reason != null)
            {
                yield return new Diagnostic(DiagnosticCatalog.MixedPackageTypes, typeLocation, reason);
                yield break;
            }

            if (model.Type == PackageType.Normal)
            {
                var looksGlobal = FirstGlobalLooking(model.Files);
                if (looksGlobal != null)
                {
                    var folders = looksGlobal.TargetPath.Substring(0, looksGlobal.TargetPath.IndexOf('/', looksGlobal.TargetPath.IndexOf('/') + 1) + 1);
                    yield return new Diagnostic(
                        DiagnosticCatalog.MixedPackageTypes,
                        new Subject(looksGlobal.SourcePath),
                        Texts.Reason_NormalLooksGlobal.With(looksGlobal.SourcePath, folders));
                }
            }
        }

        private static PackageFile? FirstGlobalLooking(IReadOnlyList<PackageFile> files)
        {
            foreach (var file in files)
            {
                if (GlobalFolderShapes.LooksLikeGlobalPath(file.TargetPath))
                {
                    return file;
                }
            }

            return null;
        }
    }
}
