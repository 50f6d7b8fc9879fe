using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;
using OfflinePackage.Signing;

namespace OfflinePackage.Tasks
{
    /// <summary>Verifies any .amr: structure, CERT.json signatures (with a public key), tar names, Manifest vs tar and file name.</summary>
    public sealed class VerifyOfflinePackageAmr : OfflinePackageTask
    {
        [Required]
        public ITaskItem[] AmrFiles { get; set; } = new ITaskItem[0];

        /// <summary>The public key to check signatures with (PEM or one-line Base64); structure only when empty.</summary>
        public string PublicKeyFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            RsaPublicKey? key = null;
            if (PublicKeyFile.Length > 0)
            {
                key = LoadPublicKey(Path.GetFullPath(PublicKeyFile));
                if (key == null)
                {
                    return false;
                }
            }

            foreach (var item in AmrFiles)
            {
                var path = Path.GetFullPath(item.ItemSpec);
                var result = AmrVerifier.Verify(path, key);
                foreach (var finding in result.Findings)
                {
                    Report(DiagnosticCatalog.AmrInvalid, path, path, finding.ToString());
                }

                if (result.IsValid)
                {
                    Log.LogMessage(MessageImportance.High, Strings.Get("AmrVerified"), path, result.SignaturesChecked ? Strings.Get("AmrVerified_Signatures") : Strings.Get("AmrVerified_StructureOnly"));
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
