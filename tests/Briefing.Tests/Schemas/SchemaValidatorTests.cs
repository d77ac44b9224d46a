using System.Text.Json.Nodes;

namespace Briefing.Tests.Schemas;

/// <summary>The test validator itself: each keyword it implements, on tiny schemas, so that its verdicts can be trusted.</summary>
public sealed class SchemaValidatorTests
{
    private static readonly SchemaSet Set = SchemaSet.FromTexts(new Dictionary<string, string>
    {
        ["shared.json"] = """
            { "definitions": { "word": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 5 } } }
            """,
        ["main.json"] = """
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["name"],
              "properties": {
                "name": { "$ref": "shared.json#/definitions/word", "title": "ignored beside $ref" },
                "tags": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/tag" } },
                "grade": { "enum": [1, 2, null] },
                "size": { "type": ["integer", "null"], "minimum": 1, "maximum": 10 },
                "ratio": { "type": "number" }
              },
              "definitions": { "tag": { "$ref": "shared.json#/definitions/word" } }
            }
            """,
        ["unknown.json"] = """{ "type": "string", "format": "date" }""",
    });

    [Theory]
    [InlineData("""{"name": "abc"}""")]
    [InlineData("""{"name": "abc", "tags": ["x", "y"], "grade": 2, "size": 10, "ratio": 0.5}""")]
    [InlineData("""{"name": "abc", "grade": null, "size": null, "ratio": 3}""")]
    [InlineData("""{"name": "abc", "grade": 2.0, "size": 3.0}""")]
    public void AcceptsValidDocuments(string json) => Assert.Empty(Set.Validate(JsonNode.Parse(json), "main.json"));

    [Theory]
    [InlineData("""[]""", "type")]
    [InlineData("""{}""", "required")]
    [InlineData("""{"name": "abc", "extra": 1}""", "additionalProperties")]
    [InlineData("""{"name": "ABC"}""", "pattern")]
    [InlineData("""{"name": "abcdef"}""", "maxLength")]
    [InlineData("""{"name": 5}""", "type")]
    [InlineData("""{"name": "abc", "tags": []}""", "minItems")]
    [InlineData("""{"name": "abc", "tags": ["ok", "Not"]}""", "pattern")]
    [InlineData("""{"name": "abc", "grade": 3}""", "enum")]
    [InlineData("""{"name": "abc", "grade": "1"}""", "enum")]
    [InlineData("""{"name": "abc", "size": 0}""", "minimum")]
    [InlineData("""{"name": "abc", "size": 11}""", "maximum")]
    [InlineData("""{"name": "abc", "size": 1.5}""", "type")]
    [InlineData("""{"name": "abc", "ratio": "1"}""", "type")]
    public void RejectsEachBrokenRule(string json, string keyword)
    {
        var errors = Set.Validate(JsonNode.Parse(json), "main.json");
        Assert.Equal([keyword], errors.Select(e => e.Keyword).Distinct());
    }

    [Fact]
    public void ReadsDollarAsTheEndOfTheTextAsJavaScriptDoes()
    {
        Assert.Single(Set.Validate(JsonValue.Create("abc\n"), Set.Resolve("shared.json", "/definitions/word")));
        Assert.Equal(@"^a\z|[$]\$", SchemaSet.ToDotNetPattern(@"^a$|[$]\$"));
        Assert.Throws<NotSupportedException>(() => SchemaSet.ToDotNetPattern(@"^\d+$"));
    }

    [Fact]
    public void RefusesKeywordsItDoesNotImplement() =>
        Assert.Throws<NotSupportedException>(() => Set.Validate(JsonValue.Create("2024"), "unknown.json"));

    [Fact]
    public void ReportsWhereTheProblemIs()
    {
        var error = Assert.Single(Set.Validate(JsonNode.Parse("""{"name": "abc", "tags": ["ok", "Not"]}"""), "main.json"));
        Assert.Equal("/tags/1", error.Path);
    }
}
