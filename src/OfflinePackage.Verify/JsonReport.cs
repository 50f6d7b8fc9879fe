using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfflinePackage.Amr;

namespace OfflinePackage.Verify
{
    /// <summary>
    /// The --json output: an array with one object per file, in argument order:
    /// { path, valid, signaturesChecked, manifest: { uid, name, version } | null, rootEntries, tarEntries,
    ///   findings: [ { code, kind, entry, tarEntry, detail, message } ] }.
    /// </summary>
    internal static class JsonReport
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,

            // Names of files in the tar are shown as they are (not \u-escaped); the output is not embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static string Write(IEnumerable<(string Path, AmrVerification Result)> results)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartArray();
                foreach (var (path, result) in results)
                {
                    WriteFile(json, path, result);
                }

                json.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteFile(Utf8JsonWriter json, string path, AmrVerification result)
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteBoolean("valid", result.IsValid);
            json.WriteBoolean("signaturesChecked", result.SignaturesChecked);
            if (result.Manifest == null)
            {
                json.WriteNull("manifest");
            }
            else
            {
                json.WriteStartObject("manifest");
                json.WriteString("uid", result.Manifest.Uid);
                json.WriteString("name", result.Manifest.Name);
                json.WriteString("version", result.Manifest.Version);
                json.WriteEndObject();
            }

            WriteStrings(json, "rootEntries", result.RootEntries);
            WriteStrings(json, "tarEntries", result.TarEntries);
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                var detail = AmrDetail.Of(finding)!;
                json.WriteStartObject();
                json.WriteString("code", finding.Code);
                json.WriteString("kind", detail.Kind.ToString());
                json.WriteString("entry", detail.Entry);
                json.WriteString("tarEntry", detail.TarEntry);
                json.WriteString("detail", detail.Text);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }
}
