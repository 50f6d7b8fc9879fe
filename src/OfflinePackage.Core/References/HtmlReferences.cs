using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OfflinePackage.References
{
    /// <summary>
    /// The URLs an HTML page loads or links to, read with AngleSharp's HTML5 parser (as a browser builds the
    /// document): src, srcset, poster, the href of stylesheet, icon, preload, modulepreload and manifest links,
    /// &lt;a&gt;/&lt;area&gt; links, CSS in &lt;style&gt; and style attributes, imports of inline module scripts,
    /// and the page's &lt;base href&gt;.
    /// </summary>
    public static class HtmlReferences
    {
        private static readonly HashSet<string> SrcElements = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "img", "iframe", "frame", "embed", "source", "track", "audio", "video", "input",
        };

        private static readonly HashSet<string> LoadedLinkTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
            "preload", "modulepreload", "prefetch", "manifest",
        };

        public static FileReferences Extract(string html)
        {
            var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
            var page = new Page(html);
            string? baseHref = null;
            foreach (var element in document.All)
            {
                switch (element.LocalName)
                {
                    case "base":
                        baseHref ??= element.GetAttribute("href");
                        break;
                    case "link":
                        var rel = (element.GetAttribute("rel") ?? string.Empty).Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries);
                        if (rel.Any(LoadedLinkTypes.Contains))
                        {
                            page.Attribute(element, "href", ReferenceKind.Load);
                        }

                        if (rel.Any(r => r.Equals("preload", StringComparison.OrdinalIgnoreCase)))
                        {
                            page.SrcSet(element, "imagesrcset");
                        }

                        break;
                    case "a":
                    case "area":
                        page.Attribute(element, "href", ReferenceKind.Link);
                        break;
                    case "object":
                        page.Attribute(element, "data", ReferenceKind.Load);
                        break;
                    case "style":
                        page.Css(element, element.TextContent);
                        break;
                    case "script":
                        if (string.Equals(element.GetAttribute("type")?.Trim(), "module", StringComparison.OrdinalIgnoreCase)
                            && !element.HasAttribute("src"))
                        {
                            page.Script(element);
                        }

                        break;
                }

                if (SrcElements.Contains(element.LocalName)
                    && (element.LocalName != "input" || string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase)))
                {
                    page.Attribute(element, "src", ReferenceKind.Load);
                }

                if (element.LocalName == "img" || element.LocalName == "source")
                {
                    page.SrcSet(element, "srcset");
                }

                if (element.LocalName == "video")
                {
                    page.Attribute(element, "poster", ReferenceKind.Load);
                }

                if (element.GetAttribute("style") is string style)
                {
                    page.Css(element, style);
                }
            }

            return new FileReferences(page.Found, baseHref, page.Problem);
        }

        /// <summary>The page's text and positions: finds where an attribute value is written, for exact columns.</summary>
        private sealed class Page
        {
            private readonly string _html;
            private readonly TextPositions _positions;

            public Page(string html)
            {
                _html = html;
                _positions = new TextPositions(html);
            }

            public List<Reference> Found { get; } = new List<Reference>();

            public ParseProblem? Problem { get; private set; }

            public void Attribute(IElement element, string name, ReferenceKind kind)
            {
                var value = element.GetAttribute(name);
                if (value != null)
                {
                    var offset = Find(element, value);
                    var (line, column) = _positions.At(offset);
                    Found.Add(new Reference(value, kind, line, column));
                }
            }

            public void SrcSet(IElement element, string name)
            {
                var value = element.GetAttribute(name);
                if (value == null)
                {
                    return;
                }

                var start = Find(element, value);
                var exact = string.CompareOrdinal(_html, start, value, 0, value.Length) == 0;
                foreach (var (url, offset) in OfflinePackage.References.SrcSet.Urls(value))
                {
                    var (line, column) = _positions.At(exact ? start + offset : start);
                    Found.Add(new Reference(url, ReferenceKind.Load, line, column));
                }
            }

            public void Css(IElement element, string css)
            {
                var start = Find(element, css);
                if (string.CompareOrdinal(_html, start, css, 0, css.Length) == 0)
                {
                    CssReferences.Extract(css, start, _positions, Found);
                    return;
                }

                // The attribute was written with character references: report at the element.
                var found = new List<Reference>();
                CssReferences.Extract(css, 0, new TextPositions(css), found);
                var (line, column) = _positions.At(start);
                Found.AddRange(found.Select(r => new Reference(r.Value, r.Kind, line, column)));
            }

            public void Script(IElement element)
            {
                var code = element.TextContent;
                var start = Find(element, code);
                var exact = string.CompareOrdinal(_html, start, code, 0, code.Length) == 0;
                var result = JsReferences.Extract(code);
                var (line, column) = _positions.At(start);
                foreach (var reference in result.References)
                {
                    // Inline script text is raw in HTML: its own lines and columns shift by where it starts.
                    Found.Add(exact
                        ? new Reference(reference.Value, reference.Kind, line + reference.Line - 1, reference.Line == 1 ? column + reference.Column - 1 : reference.Column)
                        : new Reference(reference.Value, reference.Kind, line, column));
                }

                if (result.Problem != null && Problem == null)
                {
                    Problem = new ParseProblem(result.Problem.Reason, line + result.Problem.Line - 1, result.Problem.Line == 1 ? column + result.Problem.Column - 1 : result.Problem.Column);
                }
            }

            // The value's offset after the element's start, or the element's own offset when it is not written verbatim.
            private int Find(IElement element, string value)
            {
                var start = element.SourceReference?.Position.Index ?? 0;
                start = Math.Max(0, Math.Min(start, _html.Length));
                if (value.Length == 0)
                {
                    return start;
                }

                var at = _html.IndexOf(value, start, StringComparison.Ordinal);
                return at >= 0 ? at : start;
            }
        }
    }
}
