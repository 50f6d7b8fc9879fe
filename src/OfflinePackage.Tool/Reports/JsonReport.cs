using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfflinePackage.Tool.Reports
{
    /// <summary>
    /// `render --json`: { "pages": [ report... ] } or, when it cannot run, { "cannotRun": { "kind", "message" } }.
    /// The build reads this (RenderOfflinePackage), so names only ever get added.
    /// </summary>
    internal static class JsonReport
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        };

        public static string Write(IReadOnlyList<RenderReport> pages) => JsonSerializer.Serialize(new { pages }, Options);

        public static string Write(RenderFailure failure) =>
            JsonSerializer.Serialize(new { cannotRun = new { kind = failure.Kind, message = failure.Message } }, Options);

        public static IReadOnlyList<RenderReport> Read(string json) =>
            JsonSerializer.Deserialize<Pages>(json, Options)?.Reports ?? new List<RenderReport>();

        private sealed class Pages
        {
            [JsonPropertyName("pages")]
            public List<RenderReport>? Reports { get; set; }
        }
    }
}
