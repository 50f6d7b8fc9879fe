using System;
using System.Collections.Generic;
using System.IO;

namespace OfflinePackage.Tool.Serving
{
    /// <summary>The Content-Type a file is served with, by extension, as a web server (and the container's WebView) would.</summary>
    internal static class ContentTypes
    {
        public const string Default = "application/octet-stream";

        private static readonly Dictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".htm"] = "text/html; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".mjs"] = "text/javascript; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".json"] = "application/json; charset=utf-8",
            [".map"] = "application/json; charset=utf-8",
            [".webmanifest"] = "application/manifest+json; charset=utf-8",
            [".txt"] = "text/plain; charset=utf-8",
            [".xml"] = "application/xml; charset=utf-8",
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".gif"] = "image/gif",
            [".webp"] = "image/webp",
            [".avif"] = "image/avif",
            [".ico"] = "image/x-icon",
            [".bmp"] = "image/bmp",
            [".woff"] = "font/woff",
            [".woff2"] = "font/woff2",
            [".ttf"] = "font/ttf",
            [".otf"] = "font/otf",
            [".eot"] = "application/vnd.ms-fontobject",
            [".wasm"] = "application/wasm",
            [".mp3"] = "audio/mpeg",
            [".wav"] = "audio/wav",
            [".ogg"] = "audio/ogg",
            [".mp4"] = "video/mp4",
            [".webm"] = "video/webm",
        };

        public static string For(string path) =>
            ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : Default;
    }
}
