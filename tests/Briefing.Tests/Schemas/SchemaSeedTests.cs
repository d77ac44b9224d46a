using System.Text.Json.Nodes;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Schemas;

/// <summary>The seed briefing validates against the schemas, and documents the loader rejects are rejected by them too.</summary>
public sealed class SchemaSeedTests
{
    /// <summary>The schema for each kind of file in the layout (topics and pages: their front matter).</summary>
    internal static readonly IReadOnlyDictionary<InputFileKind, string> SchemaForKind = new Dictionary<InputFileKind, string>
    {
        [InputFileKind.Site] = "site.schema.json",
        [InputFileKind.Source] = "source.schema.json",
        [InputFileKind.Claims] = "claims.schema.json",
        [InputFileKind.Events] = "events.schema.json",
        [InputFileKind.Entities] = "entities.schema.json",
        [InputFileKind.Measures] = "measures.schema.json",
        [InputFileKind.Topic] = "topic-front-matter.schema.json",
        [InputFileKind.Page] = "page-front-matter.schema.json",
    };

    public static TheoryData<string> SeedFiles => [.. InputLayout.Enumerate(RepoPaths.Root)];

    [Fact]
    public void EveryKindOfFileHasASchema()
    {
        var kinds = Enum.GetValues<InputFileKind>().Where(k => k != InputFileKind.Unexpected);
        Assert.Equal(kinds.Order(), SchemaForKind.Keys.Order());
        Assert.Equal(SchemaSet.Repo.FileNames.Where(f => f != "definitions.schema.json").Order(StringComparer.Ordinal), SchemaForKind.Values.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedFileValidatesAgainstItsSchema(string path)
    {
        var kind = InputLayout.Classify(path);
        Assert.NotEqual(InputFileKind.Unexpected, kind);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, path));
        var json = YamlJson.Parse(path.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(text) : text);
        Assert.Empty(SchemaSet.Repo.Validate(json, SchemaForKind[kind]).Select(e => e.ToString()));
    }

    [Fact]
    public void TheSeedHasEveryKindOfFile()
    {
        var kinds = InputLayout.Enumerate(RepoPaths.Root).Select(InputLayout.Classify).Distinct();
        Assert.Equal(SchemaForKind.Keys.Order(), kinds.Order());
    }

    [Theory]
    // An unknown key, where the loader suggests the right one.
    [InlineData(SchemaFixture.SitePath, "title: T\nbaseurl: https://example.org/\n", "additionalProperties", "BRF020")]
    [InlineData(SchemaFixture.ClaimsPath, "- id: c\n  statement: S.\n  topics: [transport]\n  evidence:\n    - sources: test-source\n      quote: The council approved\n", "additionalProperties", "BRF020")]
    [InlineData(SchemaFixture.ClaimsPath, "- id: c\n  statement: S.\n  topics: [transport]\n  figure: {measure: new-buses, value: 12, unit: buses}\n  evidence: [{source: test-source, quote: The council approved}]\n", "additionalProperties", "BRF020")]
    [InlineData(SchemaFixture.TopicPath, "---\ntitle: Transport\nweight: 2\n---\nText.\n", "additionalProperties", "BRF020")]
    // A word that is not in the vocabulary.
    [InlineData(SchemaFixture.SourcePath, "title: T\ntext: seeds/article.txt\npublished: 2024\nkind: blog\n", "enum", "BRF027")]
    [InlineData(SchemaFixture.SourcePath, "title: T\ntext: seeds/article.txt\npublished: 2024\nreliability: G\n", "enum", "BRF027")]
    [InlineData(SchemaFixture.ClaimsPath, "- id: c\n  statement: S.\n  topics: [transport]\n  credibility: 7\n  evidence: [{source: test-source, quote: The council approved, stance: refutes}]\n", "enum", "BRF027")]
    [InlineData(SchemaFixture.EntitiesPath, "- id: nato\n  name: NATO\n  kind: alliance\n", "enum", "BRF027")]
    // A required field that is missing, or a list that needs an item.
    [InlineData(SchemaFixture.SitePath, "title: T\n", "required", "BRF021")]
    [InlineData(SchemaFixture.EntitiesPath, "- id: nato\n  name: NATO\n", "required", "BRF021")]
    [InlineData(SchemaFixture.MeasuresPath, "- id: new-buses\n  label: New buses\n", "required", "BRF021")]
    [InlineData(SchemaFixture.ClaimsPath, "- id: c\n  statement: S.\n  topics: [transport]\n", "required", "BRF021")]
    [InlineData(SchemaFixture.PagePath, "---\nsummary: No title.\n---\nText.\n", "required", "BRF021")]
    [InlineData(SchemaFixture.EventsPath, "- id: e\n  date: 2024\n  title: T\n  claims: []\n", "minItems", "BRF028")]
    // A value of the wrong type or form.
    [InlineData(SchemaFixture.ClaimsPath, "- id: c\n  statement: S.\n  topics: [transport]\n  figure: {measure: new-buses, value: \"12\"}\n  evidence: [{source: test-source, quote: The council approved}]\n", "type", "BRF022")]
    [InlineData(SchemaFixture.EntitiesPath, "id: nato\nname: NATO\nkind: organization\n", "type", "BRF022")]
    [InlineData(SchemaFixture.TopicPath, "---\ntitle: Transport\norder: first\n---\nText.\n", "type", "BRF022")]
    [InlineData(SchemaFixture.EventsPath, "- id: Council_Vote\n  date: 2024\n  title: T\n  claims: [buses-approved]\n", "pattern", "BRF023")]
    [InlineData(SchemaFixture.EventsPath, "- id: e\n  date: 14 October 2024\n  title: T\n  claims: [buses-approved]\n", "pattern", "BRF025")]
    public void InvalidDocumentsAreRejectedByTheSchemaAndTheLoader(string path, string content, string keyword, string code)
    {
        var fixture = SchemaFixture.Full().Replace(path, content);
        var kind = MappingKind.All.First(k => k.Path == path);
        var schemaErrors = fixture.SchemaErrors(path, kind.SchemaFile);
        Assert.Contains(schemaErrors, e => e.Keyword == keyword);
        Assert.Contains(fixture.Validate().Diagnostics, d => d.IsError && d.Code == code);
    }

    [Fact]
    public void AnEmptyFileIsRejectedByTheSchemaAsTheLoaderRejectsIt()
    {
        // decisions.md: empty files are errors (BRF006); write [] for an intentionally empty list.
        Assert.NotEmpty(SchemaSet.Repo.Validate(YamlJson.Parse("# nothing yet\n"), "claims.schema.json"));
        Assert.Empty(SchemaSet.Repo.Validate(YamlJson.Parse("[]\n"), "claims.schema.json"));
        Assert.Contains(SchemaFixture.Full().Replace(SchemaFixture.MeasuresPath, "# nothing yet\n").Validate().Diagnostics, d => d.Code == "BRF006");
        Assert.DoesNotContain(SchemaFixture.Full().Replace(SchemaFixture.EventsPath, "[]\n").Validate().Diagnostics, d => d.IsError);
    }

    [Fact]
    public void YamlIsReadAsVsCodeReadsIt()
    {
        var json = YamlJson.Parse("a: 11000\nb: \"11000\"\nc: true\nd: yes\ne: 2024-10-16\nf:\ng: 2024\nh: 0x10\ni: 1.0\nj: |\n  text\nk: ~\n")!.AsObject();
        Assert.Equal("integer", SchemaSet.TypeOf(json["a"]));
        Assert.Equal("string", SchemaSet.TypeOf(json["b"]));
        Assert.Equal("boolean", SchemaSet.TypeOf(json["c"]));
        Assert.Equal("string", SchemaSet.TypeOf(json["d"]));
        Assert.Equal("string", SchemaSet.TypeOf(json["e"]));
        Assert.Null(json["f"]);
        Assert.True(json.ContainsKey("f"));
        Assert.Equal(2024, json["g"]!.GetValue<double>());
        Assert.Equal(16, json["h"]!.GetValue<double>());
        Assert.Equal("integer", SchemaSet.TypeOf(json["i"]));
        Assert.Equal("text\n", json["j"]!.GetValue<string>());
        Assert.Null(json["k"]);
        Assert.IsType<JsonArray>(YamlJson.Parse("[a, b]"));
        Assert.Null(YamlJson.Parse(""));
    }
}
