using System;
using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// The package settings one <c>data[]</c> entry of h5_json.json is built from. Defaults follow the
    /// console's own files where the spec has no rule (spec §3.6; mpaas-demo h5_json.json files).
    /// </summary>
    public sealed class H5JsonEntrySettings
    {
        public H5JsonEntrySettings(string appId, string version, string virtualDomain)
        {
            AppId = appId;
            Version = version;
            VirtualDomain = virtualDomain;
        }

        /// <summary>The 8-digit H5App ID (<c>app_id</c>).</summary>
        public string AppId { get; }

        /// <summary>The package version (<c>version</c>); must equal the .amr's.</summary>
        public string Version { get; }

        /// <summary>The workspace's virtual domain, e.g. h5app.com; <c>vhost</c> is https://&lt;AppId&gt;.&lt;VirtualDomain&gt;.</summary>
        public string VirtualDomain { get; }

        /// <summary>The H5App name (<c>name</c>). Default "": the app ID is written (the console requires a name; no rule says which).</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The description (<c>app_desc</c>). Default "": the name is written, as in every console file seen (app_desc == name).</summary>
        public string Description { get; init; } = string.Empty;

        /// <summary>
        /// The main entry (<c>main_url</c>), e.g. /www/index.html. Default "": <see cref="H5JsonEntry.NoMainUrl"/>
        /// ("index.htm") is written, the value the console writes for packages without a main URL (global packages).
        /// </summary>
        public string MainUrl { get; init; } = string.Empty;

        /// <summary>
        /// Extension info (<c>extend_info</c>): the text of a JSON object, e.g. {"asyncReqRate":"1800"}. Default ""
        /// (or whitespace): the member is left out, as in the mpaas-demo files.
        /// </summary>
        public string ExtendInfo { get; init; } = string.Empty;

        /// <summary>URL of the .amr on the server (<c>package_url</c>); server-generated, so copied from the console. Default "".</summary>
        public string PackageUrl { get; init; } = string.Empty;

        /// <summary>Online copy of the package (<c>fallback_base_url</c>); copied from the console; empty for global packages. Default "".</summary>
        public string FallbackBaseUrl { get; init; } = string.Empty;

        /// <summary>Global package resource URL(s) (<c>global_pack_url</c>). Default "" (normal packages).</summary>
        public string GlobalPackUrl { get; init; } = string.Empty;

        /// <summary>Incremental package URL (<c>patch</c>); always empty for presets. Default "".</summary>
        public string Patch { get; init; } = string.Empty;

        /// <summary><c>sub_url</c>; empty in every sample, meaning unknown. Default "".</summary>
        public string SubUrl { get; init; } = string.Empty;

        /// <summary><c>icon_url</c>; usually empty. Default "".</summary>
        public string IconUrl { get; init; } = string.Empty;

        /// <summary><c>auto_install</c>, 0 or 1; mapping to the console's "download timing" unknown. Default 1 (mpaas-demo files).</summary>
        public int AutoInstall { get; init; } = H5JsonEntry.DefaultAutoInstall;

        /// <summary><c>installType</c>, 0 or 1; mapping to the console's "install timing" unknown. Default 1 (mpaas-demo files).</summary>
        public int InstallType { get; init; } = H5JsonEntry.DefaultInstallType;

        /// <summary><c>online</c>; 1 (online) in every sample. Default 1.</summary>
        public int Online { get; init; } = H5JsonEntry.DefaultOnline;
    }

    /// <summary>
    /// One <c>data[]</c> entry of h5_json.json. Built from settings (<see cref="Create"/>) it has every member of
    /// spec §3.6 in the console's order (sorted by name, ordinal: app_desc, app_id, auto_install, extend_info,
    /// fallback_base_url, ...). Read from a file it keeps the file's members, order and values unchanged
    /// (unknown members too), so merging console downloads does not alter them; typed accessors return null
    /// for a member that is absent or of another JSON type.
    /// </summary>
    public sealed class H5JsonEntry
    {
        public const string AppIdKey = "app_id";
        public const string VersionKey = "version";
        public const string NameKey = "name";
        public const string AppDescKey = "app_desc";
        public const string VHostKey = "vhost";
        public const string MainUrlKey = "main_url";
        public const string ExtendInfoKey = "extend_info";
        public const string PackageUrlKey = "package_url";
        public const string FallbackBaseUrlKey = "fallback_base_url";
        public const string GlobalPackUrlKey = "global_pack_url";
        public const string AutoInstallKey = "auto_install";
        public const string InstallTypeKey = "installType";
        public const string OnlineKey = "online";
        public const string PatchKey = "patch";
        public const string SubUrlKey = "sub_url";
        public const string IconUrlKey = "icon_url";

        /// <summary>What the console writes as main_url when the package has no main URL.</summary>
        public const string NoMainUrl = "index.htm";

        public const int DefaultAutoInstall = 1;
        public const int DefaultInstallType = 1;
        public const int DefaultOnline = 1;

        /// <summary>The members of spec §3.6 and whether the console writes them as numbers (true) or strings.</summary>
        internal static readonly IReadOnlyDictionary<string, bool> KnownMembers = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            [AppIdKey] = false,
            [VersionKey] = false,
            [NameKey] = false,
            [AppDescKey] = false,
            [VHostKey] = false,
            [MainUrlKey] = false,
            [PackageUrlKey] = false,
            [FallbackBaseUrlKey] = false,
            [GlobalPackUrlKey] = false,
            [PatchKey] = false,
            [SubUrlKey] = false,
            [IconUrlKey] = false,
            [AutoInstallKey] = true,
            [InstallTypeKey] = true,
            [OnlineKey] = true,
        };

        internal H5JsonEntry(IReadOnlyList<JsonMember> members)
        {
            Members = members;
        }

        /// <summary>The members as they are written, in order.</summary>
        public IReadOnlyList<JsonMember> Members { get; }

        /// <summary><c>app_id</c> ("" only if a parsed entry lacked it, which parsing reports as an error).</summary>
        public string AppId => GetString(AppIdKey) ?? string.Empty;

        /// <summary><c>version</c> ("" only if a parsed entry lacked it).</summary>
        public string Version => GetString(VersionKey) ?? string.Empty;

        public string? Name => GetString(NameKey);

        public string? AppDesc => GetString(AppDescKey);

        public string? VHost => GetString(VHostKey);

        public string? MainUrl => GetString(MainUrlKey);

        /// <summary>
        /// <c>extend_info</c> as text: the compact JSON of its object (e.g. {"asyncReqRate":"1800"}), "" when the
        /// file has an empty string there, null when the member is absent.
        /// </summary>
        public string? ExtendInfo
        {
            get
            {
                var value = Get(ExtendInfoKey);
                return value == null ? null : value.Kind == JsonItemKind.String ? value.Text : JsonText.Write(value);
            }
        }

        public string? PackageUrl => GetString(PackageUrlKey);

        public string? FallbackBaseUrl => GetString(FallbackBaseUrlKey);

        public string? GlobalPackUrl => GetString(GlobalPackUrlKey);

        public string? Patch => GetString(PatchKey);

        public string? SubUrl => GetString(SubUrlKey);

        public string? IconUrl => GetString(IconUrlKey);

        public long? AutoInstall => Get(AutoInstallKey)?.AsInt64();

        public long? InstallType => Get(InstallTypeKey)?.AsInt64();

        public long? Online => Get(OnlineKey)?.AsInt64();

        /// <summary>https://&lt;appId&gt;.&lt;virtualDomain&gt; (spec §3.6, rule 21).</summary>
        public static string VHostFor(string appId, string virtualDomain) => "https://" + appId + "." + virtualDomain;

        /// <summary>
        /// Builds the entry for one package. Checks the virtual domain (<see cref="VirtualDomainCheck"/>) and the
        /// extension info (<see cref="ExtendInfoCheck"/>) and returns their findings; the value is null when one of
        /// them is an error. Other package rules (ID, version, main URL) are not re-checked.
        /// </summary>
        public static Checked<H5JsonEntry> Create(H5JsonEntrySettings settings)
        {
            var findings = VirtualDomainCheck.Validate(settings.VirtualDomain).Concat(ExtendInfoCheck.Validate(settings.ExtendInfo)).ToList();
            if (findings.Any(f => f.Severity == Severity.Error))
            {
                return new Checked<H5JsonEntry>(null, findings);
            }

            var name = settings.Name.Length > 0 ? settings.Name : settings.AppId;
            var members = new List<JsonMember>
            {
                new JsonMember(AppDescKey, JsonItem.String(settings.Description.Length > 0 ? settings.Description : name)),
                new JsonMember(AppIdKey, JsonItem.String(settings.AppId)),
                new JsonMember(AutoInstallKey, JsonItem.Number(settings.AutoInstall)),
            };

            if (settings.ExtendInfo.Trim().Length > 0)
            {
                members.Add(new JsonMember(ExtendInfoKey, JsonText.Parse(settings.ExtendInfo).Value!));
            }

            members.Add(new JsonMember(FallbackBaseUrlKey, JsonItem.String(settings.FallbackBaseUrl)));
            members.Add(new JsonMember(GlobalPackUrlKey, JsonItem.String(settings.GlobalPackUrl)));
            members.Add(new JsonMember(IconUrlKey, JsonItem.String(settings.IconUrl)));
            members.Add(new JsonMember(InstallTypeKey, JsonItem.Number(settings.InstallType)));
            members.Add(new JsonMember(MainUrlKey, JsonItem.String(settings.MainUrl.Length > 0 ? settings.MainUrl : NoMainUrl)));
            members.Add(new JsonMember(NameKey, JsonItem.String(name)));
            members.Add(new JsonMember(OnlineKey, JsonItem.Number(settings.Online)));
            members.Add(new JsonMember(PackageUrlKey, JsonItem.String(settings.PackageUrl)));
            members.Add(new JsonMember(PatchKey, JsonItem.String(settings.Patch)));
            members.Add(new JsonMember(SubUrlKey, JsonItem.String(settings.SubUrl)));
            members.Add(new JsonMember(VersionKey, JsonItem.String(settings.Version)));
            members.Add(new JsonMember(VHostKey, JsonItem.String(VHostFor(settings.AppId, settings.VirtualDomain.Trim()))));
            return new Checked<H5JsonEntry>(new H5JsonEntry(members), findings);
        }

        /// <summary>The value of the last member with this name, or null.</summary>
        public JsonItem? Get(string name)
        {
            for (var i = Members.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Members[i].Name, name, StringComparison.Ordinal))
                {
                    return Members[i].Value;
                }
            }

            return null;
        }

        /// <summary>The entry as a JSON object.</summary>
        public JsonItem ToJsonItem() => JsonItem.Object(Members);

        public override string ToString() => AppId + "_" + Version;

        private string? GetString(string name) => Get(name)?.AsString();
    }
}
