using System.Collections.Generic;
using Acornima;

namespace OfflinePackage.References
{
    /// <summary>
    /// The URLs a JavaScript file loads, read from Acornima's JavaScript tokenizer (which tells strings, templates,
    /// regular expressions and comments apart exactly as a parser does, at a fraction of a full parse's cost): static
    /// import and export-from, import() of a string literal, new URL('...', import.meta.url); and, for the
    /// root-absolute-path heuristic, every other string literal (or template without substitutions) that starts with
    /// a single '/'.
    /// </summary>
    public static class JsReferences
    {
        private static readonly string[] ModuleUrlTail = { ",", "import", ".", "meta", ".", "url", ")" };

        public static FileReferences Extract(string code)
        {
            var scan = new Scan();
            try
            {
                var tokenizer = new Tokenizer(code, new TokenizerOptions { EcmaVersion = EcmaVersion.Latest, AllowHashBang = true });
                for (var token = tokenizer.GetToken(); token.Kind != TokenKind.EOF; token = tokenizer.GetToken())
                {
                    scan.Next(token);
                }
            }
            catch (ParseErrorException e)
            {
                return new FileReferences(new List<Reference>(), problem: new ParseProblem(e.Error.Description, e.Error.LineNumber, e.Error.Column + 1));
            }

            scan.End();
            return new FileReferences(scan.Found);
        }

        /// <summary>Recognizes the shapes above in the token stream; a string waits for the tokens that decide what it is.</summary>
        private sealed class Scan
        {
            private readonly string[] _previous = new string[3];
            private Reference? _pending;
            private Shape _shape;
            private int _tailMatched;

            private enum Shape
            {
                None,
                DynamicImport,
                ModuleUrl,
                Template,
            }

            public List<Reference> Found { get; } = new List<Reference>();

            public void Next(Token token)
            {
                var text = token.Kind == TokenKind.Punctuator || token.Kind == TokenKind.Keyword || token.Kind == TokenKind.Identifier
                    ? token.Value as string ?? string.Empty
                    : string.Empty;
                if (_pending != null && !Continue(token, text))
                {
                    return;
                }

                if (token.Kind == TokenKind.StringLiteral)
                {
                    String(token);
                }
                else if (token.Kind == TokenKind.Template && _previous[0] == "`" && token.TemplateValue?.Cooked is string cooked)
                {
                    Wait(At(token, cooked, ReferenceKind.Literal), Shape.Template);
                }

                Shift(token.Kind == TokenKind.StringLiteral ? "\"" : token.Kind == TokenKind.Template ? "template" : text);
            }

            public void End()
            {
                if (_pending != null && _shape == Shape.DynamicImport)
                {
                    Literal(_pending);
                }

                _pending = null;
            }

            private void String(Token token)
            {
                var value = token.StringValue ?? string.Empty;
                if (_previous[0] == "from" || (_previous[0] == "import" && _previous[1] != "."))
                {
                    Found.Add(At(token, value, ReferenceKind.Load));
                }
                else if (_previous[0] == "(" && _previous[1] == "import" && _previous[2] != ".")
                {
                    Wait(At(token, value, ReferenceKind.Load), Shape.DynamicImport);
                }
                else if (_previous[0] == "(" && _previous[1] == "URL" && _previous[2] == "new")
                {
                    Wait(At(token, value, ReferenceKind.Load), Shape.ModuleUrl);
                }
                else
                {
                    Literal(At(token, value, ReferenceKind.Literal));
                }
            }

            // Whether the token still needs its own look after deciding what the pending string was.
            private bool Continue(Token token, string text)
            {
                var pending = _pending!;
                switch (_shape)
                {
                    case Shape.DynamicImport:
                        // import('./x.js') or import('./x.js', { with: ... }); import('./' + name) is not a file.
                        if (text == ")" || text == ",")
                        {
                            Found.Add(pending);
                        }
                        else
                        {
                            Literal(pending);
                        }

                        break;
                    case Shape.ModuleUrl:
                        if (text == ModuleUrlTail[_tailMatched])
                        {
                            if (++_tailMatched < ModuleUrlTail.Length)
                            {
                                Shift(text);
                                return false;
                            }

                            Found.Add(pending);
                        }
                        else
                        {
                            Literal(new Reference(pending.Value, ReferenceKind.Literal, pending.Line, pending.Column));
                        }

                        break;
                    case Shape.Template:
                        if (text == "`")
                        {
                            Literal(pending);
                        }

                        break;
                }

                _pending = null;
                _shape = Shape.None;
                return true;
            }

            private void Wait(Reference reference, Shape shape)
            {
                _pending = reference;
                _shape = shape;
                _tailMatched = 0;
            }

            private void Literal(Reference reference)
            {
                var value = reference.Value;
                if (value.Length > 1 && value[0] == '/' && value[1] != '/' && value.IndexOfAny(NotInPaths) < 0)
                {
                    Found.Add(reference.Kind == ReferenceKind.Literal ? reference : new Reference(value, ReferenceKind.Literal, reference.Line, reference.Column));
                }
            }

            private void Shift(string text)
            {
                _previous[2] = _previous[1];
                _previous[1] = _previous[0];
                _previous[0] = text;
            }

            private static Reference At(Token token, string value, ReferenceKind kind) =>
                new Reference(value, kind, token.Location.Start.Line, token.Location.Start.Column + 1);

            private static readonly char[] NotInPaths = { ' ', '\n', '\t', '<', '>', '*', '"' };
        }
    }
}
