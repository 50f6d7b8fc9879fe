using System.Text.Json;
using OfflinePackage.Json;

namespace OfflinePackage.Tests.Json;

public class JsonTextTests
{
    private static readonly string[] Valid =
    [
        "{}", "[]", "0", "-0", "12", "-12.5", "1.5e10", "-1E-2", "1e+3", "0.0", "123456789012345678901234567890",
        "\"\"", "\"a\"", "true", "false", "null", " \t\r\n{ \"a\" : [ 1 , 2 , { \"b\" : null } ] } \n",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u4E2D\"", "\"\\ud83d\\ude00\"", "\"😀\"", "\"中文\"", "\"\\u0000\"", "\"\u007f\"",
        "{\"a\":1,\"a\":2}", "[1,[2,[3,[]]]]", "{\"\":\"\"}", "[\"\\uD800\\uDC00\"]",
        new string('[', 64) + new string(']', 64),
        new string('[', 63) + "{\"a\":1}" + new string(']', 63),
    ];

    private static readonly string[] Invalid =
    [
        "", " ", "{", "}", "[", "]", "[1,]", "{\"a\":1,}", "{'a':1}", "{a:1}", "01", "-01", "+1", "1.", ".5", "1e", "1e+", "-", "--1",
        "NaN", "Infinity", "-Infinity", "tru", "True", "nul", "NULL", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"",
        "\"a\nb\"", "\"a\tb\"", "\"\u0001\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "[1 2]", "{\"a\" 1}",
        "{\"a\":}", "{\"a\"}", "{,}", "[,1]", "1 2", "// c\n1", "/* c */1", "[1]x", "{\"a\":1}}", "\u00a01", "\f1", "\"\\", "\"\\u",
        "[1,,2]", "{\"a\":1 \"b\":2}", "0x10", "1.0e", "[-]", "\"\\'\"",
        new string('[', 65) + new string(']', 65),
        new string('[', 64) + "{\"a\":1}" + new string(']', 64),
    ];

    private static IEnumerable<TestCaseData> BatteryCases() =>
        Valid.Select((text, i) => new TestCaseData(text, true).SetArgDisplayNames("valid #" + i))
            .Concat(Invalid.Select((text, i) => new TestCaseData(text, false).SetArgDisplayNames("invalid #" + i)));

    private static IEnumerable<TestCaseData> ValidCases() =>
        Valid.Select((text, i) => new TestCaseData(text).SetArgDisplayNames("valid #" + i));

    /// <summary>System.Text.Json's verdict: it parses and every string and member name can be read as UTF-16.</summary>
    private static bool SystemTextJsonAccepts(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            ReadAllStrings(document.RootElement);
            return true;
        }
        catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException)
        {
            return false;
        }
    }

    private static void ReadAllStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllStrings(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    _ = member.Name;
                    ReadAllStrings(member.Value);
                }

                break;
        }
    }

    [TestCaseSource(nameof(BatteryCases))]
    public void VerdictMatchesSystemTextJson(string text, bool valid)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SystemTextJsonAccepts(text), Is.EqualTo(valid), "System.Text.Json");
            Assert.That(JsonText.Parse(text).Success, Is.EqualTo(valid), "JsonText");
        }
    }

    [TestCaseSource(nameof(ValidCases))]
    public void AcceptedTextsRoundTripThroughTheWriter(string text)
    {
        var parsed = JsonText.Parse(text);
        Assert.That(parsed.Success, Is.True);

        var written = JsonText.Write(parsed.Value!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonText.Write(JsonText.Parse(written).Value!), Is.EqualTo(written));
            Assert.That(SystemTextJsonAccepts(written), Is.True, written);
            Assert.That(SystemTextJsonAccepts(JsonText.Write(parsed.Value!, JsonLayout.Tabs)), Is.True);
            Assert.That(SystemTextJsonAccepts(JsonText.Write(parsed.Value!, JsonLayout.TwoSpaces)), Is.True);
        }
    }

    [Test]
    public void VerdictMatchesSystemTextJsonOnRandomlyDamagedTexts()
    {
        var seeds = new[]
        {
            "{\"launchParams\":{\"enableTabBar\":\"NO\",\"page\":\"pages/index/index\"},\"asyncReqRate\":\"1800\",\"n\":[1,-2.5e3,true,false,null]}",
            "[\"\\u4e2d\\ud83d\\ude00\\n\",0.5,{\"\":{}}]",
        };
        const string alphabet = "{}[]\",:\\/ \t\n0123456789-+.eEabfnrtuxlsNI\u0001\u00e9\ud800\udc00";
        var random = new Random(20240602);
        var disagreements = new List<string>();
        var accepted = 0;

        for (var round = 0; round < 20000; round++)
        {
            var text = new System.Text.StringBuilder(seeds[round % seeds.Length]);
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                var at = random.Next(text.Length + 1);
                var c = alphabet[random.Next(alphabet.Length)];
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, c); break;
                    case 1: if (at < text.Length) { text.Remove(at, 1); } break;
                    default: if (at < text.Length) { text[at] = c; } break;
                }
            }

            var candidate = text.ToString();
            var verdict = JsonText.Parse(candidate).Success;
            accepted += verdict ? 1 : 0;
            if (verdict != SystemTextJsonAccepts(candidate))
            {
                disagreements.Add(candidate);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(disagreements, Is.Empty);
            Assert.That(accepted, Is.InRange(1000, 19000), "the damage should leave a mix of valid and invalid texts");
        }
    }

    [Test]
    public void RawLoneSurrogatesAreRejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonText.Parse("\"\ud800\"").Success, Is.False);
            Assert.That(JsonText.Parse("\"\udc00\"").Success, Is.False);
            Assert.That(JsonText.Parse("\"a\ud800b\"").Success, Is.False);
        }
    }

    [Test]
    public void TreeKeepsValuesOrderAndDuplicates()
    {
        var value = JsonText.Parse("{\"b\":\"\\u4e2d\\ud83d\\ude00\",\"a\":[1,-2.5e3,true,false,null],\"b\":{}}").Value!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value.Kind, Is.EqualTo(JsonItemKind.Object));
            Assert.That(value.Members.Select(m => m.Name), Is.EqualTo(new[] { "b", "a", "b" }));
            Assert.That(value.Members[0].Value.AsString(), Is.EqualTo("中😀"));
            Assert.That(value["a"]!.Items.Select(i => i.Kind), Is.EqualTo(new[] { JsonItemKind.Number, JsonItemKind.Number, JsonItemKind.True, JsonItemKind.False, JsonItemKind.Null }));
            Assert.That(value["a"]!.Items[1].Text, Is.EqualTo("-2.5e3"));
            Assert.That(value["a"]!.Items[0].AsInt64(), Is.EqualTo(1));
            Assert.That(value["a"]!.Items[1].AsInt64(), Is.Null);
            Assert.That(value["b"]!.Kind, Is.EqualTo(JsonItemKind.Object));
            Assert.That(value["missing"], Is.Null);
        }
    }

    [TestCase("{\"a\":1,}", 7, 1, 8)]
    [TestCase("{\n  \"a\": tru\n}", 9, 2, 8)]
    [TestCase("[1,\n2,\n\"x", 9, 3, 3)]
    [TestCase("", 0, 1, 1)]
    [TestCase("{} x", 3, 1, 4)]
    [TestCase("\"a\\qb\"", 2, 1, 3)]
    public void ErrorsPointAtTheOffendingCharacter(string text, int offset, int line, int column)
    {
        var error = JsonText.Parse(text).Error!;

        Assert.That((error.Offset, error.Line, error.Column), Is.EqualTo((offset, line, column)), error.Message);
    }

    [Test]
    public void ErrorMessagesSayWhatWasExpected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonText.Parse("{\"a\":1,}").Error!.Message, Does.Contain("member name"));
            Assert.That(JsonText.Parse("[1 2]").Error!.Message, Does.Contain("',' or ']'"));
            Assert.That(JsonText.Parse("\"\\ud800\"").Error!.Message, Does.Contain("surrogate"));
            Assert.That(JsonText.Parse("\"a\nb\"").Error!.Message, Does.Contain("U+000A"));
        }
    }

    [Test]
    public void WriterEscapesLikeTheConsole()
    {
        var value = JsonItem.Object([new JsonMember("k", JsonItem.String("中/\"\\\n\u0001"))]);

        Assert.That(JsonText.Write(value), Is.EqualTo("{\"k\":\"中/\\\"\\\\\\n\\u0001\"}"));
    }

    [Test]
    public void LayoutsIndentLikeTheConsoleFiles()
    {
        var value = JsonText.Parse("{\"a\":[{\"b\":1},[]],\"c\":{}}").Value!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonText.Write(value, JsonLayout.Tabs), Is.EqualTo("{\n\t\"a\":[\n\t\t{\n\t\t\t\"b\":1\n\t\t},\n\t\t[]\n\t],\n\t\"c\":{}\n}"));
            Assert.That(JsonText.Write(value, JsonLayout.TwoSpaces), Is.EqualTo("{\n  \"a\": [\n    {\n      \"b\": 1\n    },\n    []\n  ],\n  \"c\": {}\n}"));
        }
    }

    [TestCase("1", true)]
    [TestCase("-0.5e-3", true)]
    [TestCase("01", false)]
    [TestCase("1 ", false)]
    [TestCase("", false)]
    public void IsNumberChecksOneToken(string text, bool expected) =>
        Assert.That(JsonText.IsNumber(text), Is.EqualTo(expected));

    [TestCase("plain")]
    [TestCase("quote\" backslash\\ tab\t newline\n bell\u0007 unicode 图")]
    public void QuoteRoundTripsThroughAJsonParser(string value) =>
        Assert.That(JsonSerializer.Deserialize<string>(JsonText.Quote(value)), Is.EqualTo(value));
}
