using OfflinePackage.Json;

namespace OfflinePackage.Tests.Json;

public class JsonReaderTests
{
    private static List<(JsonToken Token, string Value, int Start)> Tokens(string text, out JsonError? error)
    {
        var reader = new JsonReader(text);
        var tokens = new List<(JsonToken, string, int)>();
        while (reader.Read())
        {
            tokens.Add((reader.Token, reader.Value, reader.TokenStart));
        }

        error = reader.Error;
        return tokens;
    }

    [Test]
    public void ReadsEveryTokenWithItsValueAndStart()
    {
        var tokens = Tokens(" {\"a\" : [1, -2.5e3, \"x\\n\"], \"b\":{}, \"c\":true,\"d\":null,\"e\":false} ", out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error, Is.Null);
            Assert.That(tokens, Is.EqualTo(new[]
            {
                (JsonToken.StartObject, string.Empty, 1),
                (JsonToken.Name, "a", 2),
                (JsonToken.StartArray, string.Empty, 8),
                (JsonToken.Number, "1", 9),
                (JsonToken.Number, "-2.5e3", 12),
                (JsonToken.String, "x\n", 20),
                (JsonToken.EndArray, string.Empty, 25),
                (JsonToken.Name, "b", 28),
                (JsonToken.StartObject, string.Empty, 32),
                (JsonToken.EndObject, string.Empty, 33),
                (JsonToken.Name, "c", 36),
                (JsonToken.True, "true", 40),
                (JsonToken.Name, "d", 45),
                (JsonToken.Null, "null", 49),
                (JsonToken.Name, "e", 54),
                (JsonToken.False, "false", 58),
                (JsonToken.EndObject, string.Empty, 63),
            }));
        }
    }

    [Test]
    public void TokensBeforeAnErrorAreRead_ThenItStops()
    {
        var reader = new JsonReader("[1, x, 2]");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.Read() && reader.Read(), Is.True);
            Assert.That(reader.Read(), Is.False);
            Assert.That(reader.Error!.Kind, Is.EqualTo(JsonErrorKind.UnexpectedExpectingValue));
            Assert.That(reader.TokenStart, Is.EqualTo(4));
            Assert.That(reader.Read(), Is.False, "an error is final");
            Assert.That(reader.Token, Is.EqualTo(JsonToken.None));
        }
    }

    [Test]
    public void StartSkipsAByteOrderMark_OffsetsStillCountIt()
    {
        var reader = new JsonReader("\uFEFF{x", start: 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.Read(), Is.True);
            Assert.That(reader.Read(), Is.False);
            Assert.That((reader.Error!.Offset, reader.Error.Column), Is.EqualTo((2, 3)));
        }
    }

    [Test]
    public void AfterTheRootValue_ReadIsFalseWithoutAnError()
    {
        var tokens = Tokens("\"only\"\n", out var error);

        Assert.That((tokens.Count, error), Is.EqualTo((1, (JsonError?)null)));
    }
}
