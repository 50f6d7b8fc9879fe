using System.Collections.Generic;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>The ID is the zip's top folder and the console's H5App ID: exactly 8 ASCII digits.</summary>
    public sealed class PackageIdRule : IPackageRule
    {
        public const string PropertyName = "OfflinePackageId";

        public static bool IsValid(string id)
        {
            if (id.Length != 8)
            {
                return false;
            }

            foreach (var c in id)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            var id = model.Options.Id;
            if (!IsValid(id))
            {
                yield return new Diagnostic(
                    DiagnosticCatalog.InvalidPackageId,
                    Subject.Property(PropertyName, id),
                    id);
            }
        }
    }
}
