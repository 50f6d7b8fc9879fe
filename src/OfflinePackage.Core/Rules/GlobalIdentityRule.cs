using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The third level of a global package is appId_workspaceId, e.g. 53E5279071442_test.</summary>
    public sealed class GlobalIdentityRule : IPackageRule
    {
        public const string AppIdProperty = "OfflinePackageAppId";
        public const string WorkspaceIdProperty = "OfflinePackageWorkspaceId";

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var options = model.Options;
            if (model.Type != PackageType.Global)
            {
                yield break;
            }

            var missing = options.AppId.Length == 0 && options.WorkspaceId.Length == 0 ? Texts.Reason_AppAndWorkspace
                : options.AppId.Length == 0 ? Texts.Reason_AppId
                : options.WorkspaceId.Length == 0 ? Texts.Reason_WorkspaceId
                : null;
            if (missing != null)
            {
                yield return new Diagnostic(DiagnosticCatalog.GlobalIdentityMissing, Subject.Project, missing);
                yield break;
            }

            var folder = GlobalLayout.AppFolder(options);
            if (!GlobalFolderShapes.IsAppFolder(folder))
            {
                var property = GlobalFolderShapes.IsAppFolder(options.AppId + "_x") ? WorkspaceIdProperty : AppIdProperty;
                yield return new Diagnostic(DiagnosticCatalog.GlobalIdentityShape, Subject.Property(property, property == AppIdProperty ? options.AppId : options.WorkspaceId), folder);
            }
        }
    }
}
