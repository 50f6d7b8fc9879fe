using System.Collections.Generic;
using System.Text;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;

namespace OfflinePackage.Rules
{
    /// <summary>
    /// The client's tar reader has 100-byte names (jtar, NAMELEN = 100): a longer path leaves the page blank.
    /// Counted: the tar entry name, i.e. the path below the ID folder in UTF-8 bytes. For a global resource that
    /// string is also its URL without "https://", so the URL is covered too. A folder's entry ("a/b/") is never
    /// longer than the files in it, so files are what is counted. The zip entry name, which adds "&lt;id&gt;/",
    /// gets a warning above the same limit.
    /// </summary>
    public sealed class PathLengthRule : IPackageRule
    {
        public const int Limit = 100;

        public IEnumerable<Diagnostic> Check(PackageModel model)
        {
            foreach (var file in model.Files)
            {
                var inTar = Encoding.UTF8.GetByteCount(file.TargetPath);
                var inZip = Encoding.UTF8.GetByteCount(model.Options.Id) + 1 + inTar;
                if (inTar > Limit)
                {
                    yield return new Diagnostic(DiagnosticCatalog.PathTooLong, new Subject(file.SourcePath), file.TargetPath, inTar, Limit);
                }
                else if (inZip > Limit)
                {
                    yield return new Diagnostic(DiagnosticCatalog.ZipPathTooLong, new Subject(file.SourcePath), model.Options.Id + "/" + file.TargetPath, inZip, Limit);
                }
            }
        }
    }
}
