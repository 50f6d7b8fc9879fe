using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OfflinePackage.Diagnostics;
using OfflinePackage.Packaging;
using OfflinePackage.Signing;
using OfflinePackage.Rules;

namespace OfflinePackage.Tasks
{
    /// <summary>
    /// Expands the OfflineResource items, checks every rule, and returns the files to package with their
    /// TargetPath. Also keeps the inputs cache that makes the archive target rebuild on deletions and renames.
    /// </summary>
    public sealed class PrepareOfflinePackage : OfflinePackageTask, IIncrementalTask
    {
        public ITaskItem[] Resources { get; set; } = new ITaskItem[0];

        public ITaskItem[] GlobalResources { get; set; } = new ITaskItem[0];

        /// <summary>Normal, Global, or empty to infer from the items.</summary>
        public string PackageType { get; set; } = string.Empty;

        /// <summary>Public (default) or Private.</summary>
        public string Cloud { get; set; } = string.Empty;

        public string AppId { get; set; } = string.Empty;

        public string WorkspaceId { get; set; } = string.Empty;

        public string ServerDomain { get; set; } = string.Empty;

        public string StorageBucket { get; set; } = string.Empty;

        public string GlobalVersion { get; set; } = string.Empty;

        public string GlobalPath { get; set; } = string.Empty;

        /// <summary>https (default) or http.</summary>
        public string UrlScheme { get; set; } = string.Empty;

        /// <summary>OfflinePackageStrict as written: true turns every warning into an error; a value other than true or false is OPK1015.</summary>
        public string StrictValue { get; set; } = string.Empty;

        /// <summary>Bytes of content above which a size warning is given; 0 turns it off.</summary>
        public string SizeWarningThreshold { get; set; } = string.Empty;

        public string PackageId { get; set; } = string.Empty;

        public string PackageVersion { get; set; } = PackageOptions.DefaultVersion;

        public string MainUrl { get; set; } = PackageOptions.DefaultMainUrl;

        [Required]

        /// <summary>Where to keep the inputs cache; no cache when empty.</summary>
        public string InputsCacheFile { get; set; } = string.Empty;

        /// <summary>Other settings that change the output (name=value), recorded in the inputs cache.</summary>
        public ITaskItem[] OutputSettings { get; set; } = new ITaskItem[0];

        /// <summary>Set by `dotnet build -question`: report, rather than write, an inputs cache that is out of date.</summary>
        public bool FailIfNotIncremental { get; set; }

        [Output]
        public ITaskItem[] Files { get; private set; } = new ITaskItem[0];

        /// <summary>The signing key file (OfflinePackageSigningKeyFile); only whether it is set matters here.</summary>
        public string SigningKeyFile { get; set; } = string.Empty;

        /// <summary>Whether a signing key is configured (file or environment variable), i.e. whether to write the .amr.</summary>
        [Output]
        public bool SigningKeyAvailable { get; private set; }

        /// <summary>Normal or Global: the type the package was built as.</summary>
        [Output]
        public string ResolvedPackageType { get; private set; } = string.Empty;

        /// <summary>The folder below the ID folder that holds global resources (global packages).</summary>
        [Output]
        public string GlobalRoot { get; private set; } = string.Empty;

        public override bool Execute()
        {
            var properties = new PropertyReader();
            var options = new PackageOptions(PackageId)
            {
                Version = PackageVersion,
                MainUrl = MainUrl,
                Type = properties.Enum<PackageType>(PackageTypeRule.PropertyName, PackageType),
                Cloud = properties.Enum<CloudKind>("OfflinePackageCloud", Cloud) ?? CloudKind.Public,
                AppId = AppId,
                WorkspaceId = WorkspaceId,
                ServerDomain = ServerDomain,
                StorageBucket = StorageBucket,
                GlobalVersion = GlobalVersion,
                GlobalPath = GlobalPath,
                UrlScheme = properties.OneOf("OfflinePackageGlobalUrlScheme", UrlScheme, "https", "http") ?? "https",
                SizeWarningBytes = properties.NonNegative("OfflinePackageSizeWarningThreshold", SizeWarningThreshold) ?? PackageOptions.DefaultSizeWarningBytes,
            };
            Strict = properties.Boolean("OfflinePackageStrict", StrictValue);
            foreach (var diagnostic in properties.Diagnostics)
            {
                Report(diagnostic);
            }

            var resources = Resources.Select(i => ToSpec(i, Packaging.PackageType.Normal))
                .Concat(GlobalResources.Select(i => ToSpec(i, Packaging.PackageType.Global)));
            var plan = PackagePlanner.Plan(options, resources, System.IO.Path.GetDirectoryName(ProjectFile));
            foreach (var diagnostic in plan.Diagnostics)
            {
                Report(diagnostic);
            }

            if (plan.HasErrors || Log.HasLoggedErrors)
            {
                return false;
            }

            Files = plan.Model.Files.Select(ToItem).ToArray();
            ResolvedPackageType = plan.Model.Type.ToString();
            SigningKeyAvailable = SigningKeyFile.Length > 0
                || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(WriteOfflinePackageAmr.SigningKeyVariable));
            GlobalRoot = plan.Model.Type == Packaging.PackageType.Global ? GlobalLayout.Root(options) : string.Empty;
            if (InputsCacheFile.Length > 0)
            {
                UpdateInputsCache(InputsCache.Render(Settings(options, plan.Model), plan.Model.Files));
            }

            return !Log.HasLoggedErrors;
        }

        private void UpdateInputsCache(string content)
        {
            if (FailIfNotIncremental)
            {
                if (!InputsCache.IsCurrent(InputsCacheFile, content))
                {
                    Report(DiagnosticCatalog.InputsChanged, ProjectFile, InputsCacheFile);
                }

                return;
            }

            try
            {
                InputsCache.WriteIfChanged(InputsCacheFile, content);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Report(DiagnosticCatalog.ArchiveWriteFailed, InputsCacheFile, InputsCacheFile, e.Message.TrimEnd('.'));
            }
        }

        private IEnumerable<KeyValuePair<string, string>> Settings(PackageOptions options, PackageModel model)
        {
            yield return new KeyValuePair<string, string>("id", options.Id);
            yield return new KeyValuePair<string, string>("version", options.Version);
            yield return new KeyValuePair<string, string>("type", model.Type.ToString());
            yield return new KeyValuePair<string, string>("urlScheme", options.UrlScheme);
            foreach (var setting in OutputSettings)
            {
                yield return new KeyValuePair<string, string>(setting.ItemSpec, setting.GetMetadata("Value"));
            }

            if (SigningKeyFile.Length == 0 && EnvironmentKeyFingerprint() is string fingerprint)
            {
                // A new key in the environment variable rebuilds the .amr. Only the public half's fingerprint is kept.
                yield return new KeyValuePair<string, string>("signingKeyEnvironment", fingerprint);
            }
        }

        private static string? EnvironmentKeyFingerprint()
        {
            var text = Environment.GetEnvironmentVariable(WriteOfflinePackageAmr.SigningKeyVariable);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return RsaKeys.LoadPrivateKey(text!).PublicKey.Fingerprint;
            }
            catch (RsaKeyException)
            {
                // The .amr task reports an unusable key (OPK5001); any change of the text still counts as a change.
                return "unusable " + text!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        private static ResourceSpec ToSpec(ITaskItem item, PackageType kind)
        {
            var targetPath = item.GetMetadata("TargetPath");
            return new ResourceSpec(item.ItemSpec, item.GetMetadata("FullPath"), item.GetMetadata("DefiningProjectFullPath"))
            {
                TargetPath = targetPath.Length == 0 ? null : targetPath,
                RecursiveDir = item.GetMetadata("RecursiveDir"),
                Kind = kind,
                AllowUnsafeNames = string.Equals(item.GetMetadata("AllowUnsafeNames"), "true", StringComparison.OrdinalIgnoreCase),
                CheckReferences = !string.Equals(item.GetMetadata("CheckReferences").Trim(), "false", StringComparison.OrdinalIgnoreCase),
            };
        }

        private static ITaskItem ToItem(PackageFile file)
        {
            var item = new TaskItem(file.SourcePath);
            item.SetMetadata("TargetPath", file.TargetPath);
            item.SetMetadata("CheckReferences", file.Origin.CheckReferences ? "true" : "false");
            return item;
        }
    }
}
