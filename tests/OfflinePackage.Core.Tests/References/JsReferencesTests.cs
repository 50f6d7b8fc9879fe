using OfflinePackage.References;

namespace OfflinePackage.Tests.References;

public class JsReferencesTests
{
    private static IReadOnlyList<(string Value, ReferenceKind Kind)> Found(string code) =>
        JsReferences.Extract(code).References.Select(r => (r.Value, r.Kind)).ToList();

    [Test]
    public void ModuleImportsExportsAndDynamicImportsAreLoads()
    {
        const string code = "import {a} from './a.js';\nimport './side.css';\nexport {b} from \"../b.js\";\nexport * from './c.js';\nconst m = import('./lazy.js');";

        Assert.That(Found(code), Is.EqualTo(new[]
        {
            ("./a.js", ReferenceKind.Load), ("./side.css", ReferenceKind.Load), ("../b.js", ReferenceKind.Load),
            ("./c.js", ReferenceKind.Load), ("./lazy.js", ReferenceKind.Load),
        }));
    }

    [Test]
    public void NewUrlOfImportMetaUrlIsALoad()
    {
        Assert.That(Found("const logo = new URL('./logo.svg', import.meta.url).href;"), Is.EqualTo(new[] { ("./logo.svg", ReferenceKind.Load) }));
    }

    [TestCase("const u = new URL('./x.svg', location.href);")]
    [TestCase("const m = import(name);")]
    [TestCase("const s = 'not/a/root/path';")]
    [TestCase("const r = /\\/regex\\//;")]
    [TestCase("const c = '//cdn.example.com/x.js';")]
    [TestCase("const m = import('./' + name);")]
    [TestCase("const u = new URL('./x.svg', import.meta.env);")]
    [TestCase("obj.import('./x.js');")]
    [TestCase("// import './commented.js'\n/* from './also.js' */")]
    public void NothingElseIsALoad(string code)
    {
        Assert.That(Found(code), Is.Empty);
    }

    [Test]
    public void RootAbsoluteStringsAreLiteralsForTheHeuristic()
    {
        Assert.That(Found("const icon = \"/icons.svg\"; const other = '/a b';"), Is.EqualTo(new[] { ("/icons.svg", ReferenceKind.Literal) }));
    }

    [Test]
    public void ARootAbsoluteStringThatIsNotAModuleUrlIsStillALiteral()
    {
        Assert.That(Found("import('/x.js' + v); new URL('/y.svg', base);"), Is.EqualTo(new[] { ("/x.js", ReferenceKind.Literal), ("/y.svg", ReferenceKind.Literal) }));
    }

    [Test]
    public void ARegularExpressionIsNotAString()
    {
        Assert.That(Found("const a = x / 2, r = /'\\/icons.svg'/g;"), Is.Empty);
    }

    [Test]
    public void TemplatesWithoutSubstitutionsAreLiteralsToo()
    {
        Assert.That(Found("var e=`/assets/logo.svg`,t=`/icons/${name}.svg`;"), Is.EqualTo(new[] { ("/assets/logo.svg", ReferenceKind.Literal) }));
    }

    [Test]
    public void AClassicScriptIsReadToo()
    {
        // 'with' is a syntax error in a module (strict mode) but fine in a classic script.
        var found = JsReferences.Extract("with (Math) { x = '/img/a.png'; }");

        Assert.That((found.Problem, found.References.Single().Value), Is.EqualTo(((ParseProblem?)null, "/img/a.png")));
    }

    [Test]
    public void AnUnreadableTokenIsAProblemWithItsPosition()
    {
        // A string that does not end on its line: no browser runs this file.
        var found = JsReferences.Extract("let ok = 1;\nlet s = '/a.png\n';");

        Assert.That(found.Problem, Is.Not.Null);
        Assert.That((found.Problem!.Line, found.References.Count), Is.EqualTo((2, 0)));
    }

    [Test]
    public void PositionsAreOneBased()
    {
        const string line = "  import './x.js';";
        var reference = JsReferences.Extract("\n" + line).References.Single();

        Assert.That((reference.Line, reference.Column), Is.EqualTo((2, line.IndexOf('\'') + 1)));
    }
}
