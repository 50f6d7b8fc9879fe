using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OfflinePackage.Archives;
using OfflinePackage.Diagnostics;
using OfflinePackage.Json;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// The whole h5_json.json (spec §3.6) as the console emits it:
    /// <c>config</c> (updateReqRate 16400, limitReqRate 13600, appPoolLimit 3, versionRefreshRate 86400, in that order),
    /// <c>data</c>, <c>resultCode</c> 100, <c>resultMsg</c> "操作成功", <c>state</c> "success".
    /// Rendering is deterministic: "\n" line ends, no trailing newline (like every console file seen),
    /// non-ASCII text written as UTF-8 (not \u escapes), UTF-8 without BOM.
    /// </summary>
    public sealed class H5JsonDocument
    {
        public const string ConfigKey = "config";
        public const string DataKey = "data";
        public const string ResultCodeKey = "resultCode";
        public const string ResultMsgKey = "resultMsg";
        public const string StateKey = "state";

        public const int DefaultUpdateReqRate = 16400;
        public const int DefaultLimitReqRate = 13600;
        public const int DefaultAppPoolLimit = 3;
        public const int DefaultVersionRefreshRate = 86400;

        /// <summary>resultCode/resultMsg/state are copied from the server response; whether clients read them is unknown, so they are always written unchanged.</summary>
        public const int ResultCode = 100;

        /// <summary>The most read of an h5_json.json: an entry is a few hundred bytes, so this is thousands of packages.</summary>
        public const int MaxBytes = 1024 * 1024;
        public const string ResultMsg = "操作成功";
        public const string State = "success";

        /// <summary>The console's config, in the console's order.</summary>
        public static readonly IReadOnlyList<JsonMember> DefaultConfig = new[]
        {
            new JsonMember("updateReqRate", JsonItem.Number(DefaultUpdateReqRate)),
            new JsonMember("limitReqRate", JsonItem.Number(DefaultLimitReqRate)),
            new JsonMember("appPoolLimit", JsonItem.Number(DefaultAppPoolLimit)),
            new JsonMember("versionRefreshRate", JsonItem.Number(DefaultVersionRefreshRate)),
        };

        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>A document with the console's config and these entries, in this order.</summary>
        public H5JsonDocument(IEnumerable<H5JsonEntry> data)
            : this(DefaultConfig, data)
        {
        }

        /// <summary>A document with the given config members (written in this order) and entries.</summary>
        public H5JsonDocument(IEnumerable<JsonMember> config, IEnumerable<H5JsonEntry> data)
        {
            Config = config.ToArray();
            Data = data.ToArray();
        }

        /// <summary>The members of <c>config</c>, in order.</summary>
        public IReadOnlyList<JsonMember> Config { get; }

        /// <summary>The entries of <c>data</c>, in order.</summary>
        public IReadOnlyList<H5JsonEntry> Data { get; }

        /// <summary>
        /// Reads an h5_json.json (ours or one downloaded from the console). Errors: not JSON, not an object,
        /// <c>data</c> missing or not an array of objects, an entry without a string app_id or version.
        /// Warnings: a known member of another JSON type than the console writes; top-level members other than
        /// config/data/resultCode/resultMsg/state (they are not kept). A missing config is replaced by the default.
        /// Every finding is about the file <paramref name="source"/>.
        /// </summary>
        public static Checked<H5JsonDocument> Parse(string text, string source = "h5_json.json")
        {
            var file = new Subject(source);
            var parsed = JsonText.Parse(text);
            if (parsed.Value == null)
            {
                var error = parsed.Error!;
                return Checked<H5JsonDocument>.Failed(new Diagnostic(DiagnosticCatalog.H5JsonInvalidJson, file, source, error.Message, Number(error.Line), Number(error.Column)));
            }

            var root = parsed.Value;
            if (root.Kind != JsonItemKind.Object)
            {
                return Checked<H5JsonDocument>.Failed(Shape(source, "H5JsonShape_TopLevelNotObject", KindName(root.Kind)));
            }

            var findings = new List<Diagnostic>();
            IReadOnlyList<JsonMember> config = DefaultConfig;
            var configValue = root[ConfigKey];
            if (configValue != null && configValue.Kind != JsonItemKind.Object)
            {
                findings.Add(Shape(source, "H5JsonShape_ConfigNotObject", KindName(configValue.Kind)));
            }
            else if (configValue != null)
            {
                config = configValue.Members;
            }

            findings.AddRange(root.Members
                .Where(m => m.Name != ConfigKey && m.Name != DataKey && m.Name != ResultCodeKey && m.Name != ResultMsgKey && m.Name != StateKey)
                .Select(m => new Diagnostic(DiagnosticCatalog.H5JsonMemberIgnored, file, source, m.Name)));
            var data = root[DataKey];
            if (data == null || data.Kind != JsonItemKind.Array)
            {
                findings.Add(data == null ? Shape(source, "H5JsonShape_NoData") : Shape(source, "H5JsonShape_DataNotArray", KindName(data.Kind)));
                return new Checked<H5JsonDocument>(null, findings);
            }

            var entries = new List<H5JsonEntry>();
            for (var i = 0; i < data.Items.Count; i++)
            {
                if (ReadEntry(data.Items[i], i, source, findings) is H5JsonEntry entry)
                {
                    entries.Add(entry);
                }
            }

            return new Checked<H5JsonDocument>(new H5JsonDocument(config, entries), findings);
        }

        /// <summary>Reads UTF-8 bytes (a UTF-8 BOM is skipped); invalid UTF-8 is an H5JsonInvalidJson finding.</summary>
        public static Checked<H5JsonDocument> Parse(byte[] utf8, string source = "h5_json.json")
        {
            var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
            var text = JsonText.DecodeUtf8(utf8, start, out var invalidAt);
            if (text == null)
            {
                var message = Strings.Format("JsonError_NotUtf8", Number(invalidAt));
                return Checked<H5JsonDocument>.Failed(new Diagnostic(DiagnosticCatalog.H5JsonInvalidJson, new Subject(source), source, message, "1", "1"));
            }

            return Parse(text, source);
        }

        /// <summary>Reads a file; a missing or unreadable file is an H5JsonUnreadable finding with the system's message.</summary>
        public static Checked<H5JsonDocument> Load(string path)
        {
            byte[] bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(path, MaxBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Checked<H5JsonDocument>.Failed(new Diagnostic(DiagnosticCatalog.H5JsonUnreadable, new Subject(path), path, e.Message.TrimEnd('.')));
            }

            return Parse(bytes, path);
        }

        /// <summary>
        /// One document with every entry of the given documents, in order (documents in the order given, entries in
        /// file order), and the config of the first document (a differing config is a warning). For an app_id that
        /// occurs more than once, only the first entry is kept and a DuplicateAppId error names the versions seen.
        /// No documents give an empty <c>data</c> with the default config. The findings are about <paramref name="subject"/>.
        /// </summary>
        public static H5JsonMergeResult Merge(IEnumerable<H5JsonDocument> documents, Subject subject, IEnumerable<string>? sources = null)
        {
            var list = documents.ToList();
            var names = sources?.ToList() ?? new List<string>();
            string SourceOf(int i) => i < names.Count ? names[i] : Strings.Format("H5JsonSource_Unnamed", Number(i + 1));

            var findings = new List<Diagnostic>();
            var config = list.Count > 0 ? list[0].Config : DefaultConfig;
            for (var i = 1; i < list.Count; i++)
            {
                if (JsonText.Write(JsonItem.Object(list[i].Config)) != JsonText.Write(JsonItem.Object(config)))
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.H5JsonConfigDiffers, subject, SourceOf(0), SourceOf(i)));
                }
            }

            var all = list.SelectMany(d => d.Data).ToList();
            var duplicates = FindDuplicateAppIds(all);
            findings.AddRange(duplicates.Select(id => DuplicateAppId(id, all.Where(e => e.AppId == id).Select(e => e.Version), subject)));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = all.Where(e => seen.Add(e.AppId)).ToList();
            return new H5JsonMergeResult(new H5JsonDocument(config, kept), duplicates, findings);
        }

        /// <summary>Every app_id that more than one entry has, in order of first occurrence (ordinal comparison, like the client's map).</summary>
        public static IReadOnlyList<string> FindDuplicateAppIds(IEnumerable<H5JsonEntry> entries) =>
            entries.GroupBy(e => e.AppId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

        /// <summary>Every app_id of this document's data that more than one entry has.</summary>
        public IReadOnlyList<string> FindDuplicateAppIds() => FindDuplicateAppIds(Data);

        /// <summary>The document as JSON text. Default layout: tabs, the console's own output (fastjson pretty format).</summary>
        public string Render(JsonLayout layout = JsonLayout.Tabs) => JsonText.Write(ToJsonItem(), layout);

        /// <summary>The rendered document as UTF-8 without BOM.</summary>
        public byte[] ToUtf8Bytes(JsonLayout layout = JsonLayout.Tabs) => Utf8NoBom.GetBytes(Render(layout));

        public JsonItem ToJsonItem() => JsonItem.Object(new[]
        {
            new JsonMember(ConfigKey, JsonItem.Object(Config)),
            new JsonMember(DataKey, JsonItem.Array(Data.Select(e => e.ToJsonItem()))),
            new JsonMember(ResultCodeKey, JsonItem.Number(ResultCode)),
            new JsonMember(ResultMsgKey, JsonItem.String(ResultMsg)),
            new JsonMember(StateKey, JsonItem.String(State)),
        });

        /// <summary>The error for an app_id with several entries or .amr files, of these versions.</summary>
        internal static Diagnostic DuplicateAppId(string appId, IEnumerable<string> versions, Subject subject)
        {
            var list = versions.ToList();
            return new Diagnostic(DiagnosticCatalog.DuplicateAppId, subject, appId, Number(list.Count), string.Join(", ", list));
        }

        /// <summary>What a JSON value is, as the messages say it ("an array", "null"): a <c>JsonKind_</c> text of Strings.resx.</summary>
        internal static string KindName(JsonItemKind kind)
        {
            switch (kind)
            {
                case JsonItemKind.Object: return Strings.Get("JsonKind_Object");
                case JsonItemKind.Array: return Strings.Get("JsonKind_Array");
                case JsonItemKind.String: return Strings.Get("JsonKind_String");
                case JsonItemKind.Number: return Strings.Get("JsonKind_Number");
                case JsonItemKind.Null: return Strings.Get("JsonKind_Null");
                default: return Strings.Get("JsonKind_Boolean");
            }
        }

        /// <summary>
        /// One <c>data[]</c> entry at <paramref name="index"/>; null, with an H5JsonInvalidShape error, when it is no object
        /// or has no string app_id and version. A member of another JSON type than the console writes is a warning.
        /// </summary>
        private static H5JsonEntry? ReadEntry(JsonItem item, int index, string source, List<Diagnostic> findings)
        {
            if (item.Kind != JsonItemKind.Object)
            {
                findings.Add(Shape(source, "H5JsonShape_EntryNotObject", index, KindName(item.Kind)));
                return null;
            }

            var entry = new H5JsonEntry(item.Members);
            var appId = entry.Get(H5JsonEntry.AppIdKey);
            var version = entry.Get(H5JsonEntry.VersionKey);
            if (appId == null || appId.Kind != JsonItemKind.String || appId.Text.Length == 0)
            {
                findings.Add(Shape(source, "H5JsonShape_NoAppId", index));
                return null;
            }

            if (version == null || version.Kind != JsonItemKind.String || version.Text.Length == 0)
            {
                findings.Add(Shape(source, "H5JsonShape_NoVersion", index, appId.Text));
                return null;
            }

            foreach (var member in item.Members)
            {
                string? expected = null;
                if (H5JsonEntry.KnownMembers.TryGetValue(member.Name, out var isNumber))
                {
                    var kind = isNumber ? JsonItemKind.Number : JsonItemKind.String;
                    expected = member.Value.Kind != kind ? KindName(kind) : null;
                }
                else if (member.Name == H5JsonEntry.ExtendInfoKey && member.Value.Kind != JsonItemKind.Object && !(member.Value.Kind == JsonItemKind.String && member.Value.Text.Length == 0))
                {
                    expected = Strings.Get("JsonKind_ObjectOrEmptyString");
                }

                if (expected != null)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.H5JsonMemberType, new Subject(source), source, appId.Text, member.Name, KindName(member.Value.Kind), expected));
                }
            }

            return entry;
        }

        /// <summary>An H5JsonInvalidShape finding whose "what is wrong" is <paramref name="whatKey"/>'s text (an <c>H5JsonShape_</c> key of Strings.resx) filled with <paramref name="whatArguments"/>.</summary>
        private static Diagnostic Shape(string source, string whatKey, params object[] whatArguments) =>
            new Diagnostic(DiagnosticCatalog.H5JsonInvalidShape, new Subject(source), source, Strings.Format(whatKey, whatArguments));

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The outcome of <see cref="H5JsonDocument.Merge"/>: the merged document (always present), the duplicated app_ids and all findings.</summary>
    public sealed class H5JsonMergeResult
    {
        internal H5JsonMergeResult(H5JsonDocument document, IReadOnlyList<string> duplicateAppIds, IReadOnlyList<Diagnostic> diagnostics)
        {
            Document = document;
            DuplicateAppIds = duplicateAppIds;
            Diagnostics = diagnostics;
        }

        public H5JsonDocument Document { get; }

        public IReadOnlyList<string> DuplicateAppIds { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
