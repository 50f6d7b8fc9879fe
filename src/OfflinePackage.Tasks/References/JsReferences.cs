using System.Collections.Generic;
using Acornima;
using Acornima.Ast;

namespace OfflinePackage.References
{
    /// <summary>
    /// The URLs a JavaScript file loads, read with the Acornima parser: static import and export-from, import()
    /// of a string literal, new URL('...', import.meta.url); and, for the root-absolute-path heuristic, every other
    /// string literal (or template without substitutions) that starts with a single '/'. A file that is not a module is read as a classic script.
    /// </summary>
    public static class JsReferences
    {
        public static FileReferences Extract(string code)
        {
            Program program;
            try
            {
                program = new Parser(Options(SourceType.Module)).ParseModule(code);
            }
            catch (ParseErrorException moduleError)
            {
                try
                {
                    program = new Parser(Options(SourceType.Script)).ParseScript(code);
                }
                catch (ParseErrorException)
                {
                    return new FileReferences(new List<Reference>(), problem: new ParseProblem(
                        moduleError.Error.Description, moduleError.Error.LineNumber, moduleError.Error.Column + 1));
                }
            }

            return new FileReferences(Collect(program));
        }

        private static ParserOptions Options(SourceType type) => new ParserOptions
        {
            EcmaVersion = EcmaVersion.Latest,
            AllowReturnOutsideFunction = type == SourceType.Script,
            AllowHashBang = true,
        };

        private static List<Reference> Collect(Program program)
        {
            var found = new List<Reference>();
            var taken = new HashSet<Node>();
            foreach (var node in program.DescendantNodesAndSelf())
            {
                var source = node switch
                {
                    ImportDeclaration import => import.Source,
                    ExportNamedDeclaration export => export.Source,
                    ExportAllDeclaration export => export.Source,
                    ImportExpression dynamic => dynamic.Source as StringLiteral,
                    NewExpression created => UrlOfModule(created),
                    _ => null,
                };
                if (source != null)
                {
                    taken.Add(source);
                    found.Add(At(source, source.Value, ReferenceKind.Load));
                }
                else if (node is StringLiteral literal && !taken.Contains(literal) && LooksRootAbsolute(literal.Value))
                {
                    found.Add(At(literal, literal.Value, ReferenceKind.Literal));
                }
                else if (node is TemplateLiteral { Expressions.Count: 0 } template && template.Quasis[0].Value.Cooked is string text && LooksRootAbsolute(text))
                {
                    // Bundlers such as Vite 8 write plain strings as `...` templates.
                    found.Add(At(template, text, ReferenceKind.Literal));
                }
            }

            return found;
        }

        // new URL('./x.png', import.meta.url): the asset URL bundlers emit for files next to a module.
        private static StringLiteral? UrlOfModule(NewExpression created) =>
            created.Callee is Identifier { Name: "URL" }
            && created.Arguments.Count == 2
            && created.Arguments[0] is StringLiteral path
            && created.Arguments[1] is MemberExpression { Object: MetaProperty { Meta.Name: "import", Property.Name: "meta" }, Property: Identifier { Name: "url" } }
                ? path
                : null;

        private static bool LooksRootAbsolute(string value) =>
            value.Length > 1 && value[0] == '/' && value[1] != '/' && value.IndexOfAny(new[] { ' ', '\n', '\t', '<', '>', '*', '"' }) < 0;

        private static Reference At(Node node, string value, ReferenceKind kind) =>
            new Reference(value, kind, node.Location.Start.Line, node.Location.Start.Column + 1);
    }
}
