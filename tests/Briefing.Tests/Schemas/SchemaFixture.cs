using System.Text.Json.Nodes;
using Briefing.Tests.Support;
using Briefing.Validation;
using static Briefing.Tests.Schemas.YamlWriter;

namespace Briefing.Tests.Schemas;

/// <summary>
/// A small, valid briefing in which every field of every kind of mapping is written at least once. Tests change
/// one field, then ask both the real validator and the schemas what they make of it. Every call to
/// <see cref="Full"/> returns a fresh copy to change.
/// </summary>
internal sealed class SchemaFixture
{
    public const string SitePath = "input/site.yml";
    public const string SourcePath = "input/sources/test-source.yml";
    public const string ClaimsPath = "input/claims/main.yml";
    public const string EventsPath = "input/events.yml";
    public const string EntitiesPath = "input/entities.yml";
    public const string MeasuresPath = "input/measures.yml";
    public const string TopicPath = "input/topics/transport.md";
    public const string PagePath = "input/pages/about.md";

    private readonly Dictionary<string, string> _replaced = new(StringComparer.Ordinal);

    private SchemaFixture()
    {
    }

    public OrderedDictionary<string, object?> Site { get; } = Map(
        ("title", "Test briefing"),
        ("tagline", "What the council decided"),
        ("base_url", new Plain("https://example.org/")),
        ("language", new Plain("en")),
        ("description", "A briefing for the schema tests."),
        ("key_judgments", "- The council approved [new buses](claim:buses-approved).\n"));

    public OrderedDictionary<string, object?> Source { get; } = Map(
        ("title", "A test article"),
        ("short_title", "Test article"),
        ("text", new Plain("seeds/article.txt")),
        ("published", new Plain("2024-10-16")),
        ("publisher", "Example News"),
        ("author", "Jane Doe"),
        ("url", new Plain("https://example.org/article")),
        ("archived", new Plain("https://web.archive.org/web/2024/https://example.org/article")),
        ("kind", new Plain("news-report")),
        ("reliability", new Plain("B")),
        ("boilerplate", List("Subscribe now")),
        ("notes", "The date is given in the text.\n"));

    public List<object?> Claims { get; } = List(
        Map(
            ("id", new Plain("buses-approved")),
            ("statement", "The council approved new buses."),
            ("topics", List(new Plain("transport"))),
            ("kind", new Plain("forecast")),
            ("credibility", new Plain("2")),
            ("attributed_to", List(new Plain("city-council"))),
            ("entities", List(new Plain("city-council"))),
            ("figure", Map(
                ("measure", new Plain("new-buses")),
                ("value", new Plain("12")),
                ("approx", null),
                ("qualifier", new Plain("about")),
                ("high", new Plain("14")),
                ("as_of", new Plain("2024-10")))),
            ("evidence", List(Map(
                ("source", new Plain("test-source")),
                ("quote", "The council approved 12 new buses"),
                ("stance", new Plain("supports")),
                ("claimant", new Plain("city-council"))))),
            ("related", List(new Plain("buses-ordered"))),
            ("outcome", Map(
                ("status", new Plain("borne-out")),
                ("claims", List(new Plain("buses-ordered"))))),
            ("notes", "Only one source.\n")),
        Map(
            ("id", new Plain("buses-ordered")),
            ("statement", "New buses were ordered."),
            ("topics", List(new Plain("transport"))),
            ("evidence", List(Map(
                ("source", new Plain("test-source")),
                ("quote", "12 new buses on Monday"),
                ("stance", new Plain("context")))))));

    public List<object?> Events { get; } = List(Map(
        ("id", new Plain("council-vote")),
        ("date", new Plain("2024-10-14")),
        ("title", "The council votes for new buses"),
        ("claims", List(new Plain("buses-approved"))),
        ("topics", List(new Plain("transport"))),
        ("places", List(new Plain("springfield"))),
        ("summary", "On a Monday.\n")));

    public List<object?> Entities { get; } = List(
        Map(
            ("id", new Plain("city-council")),
            ("name", "City council"),
            ("kind", new Plain("organization")),
            ("aliases", List("The council")),
            ("description", "The city's council."),
            ("wikidata", new Plain("Q42"))),
        Map(
            ("id", new Plain("springfield")),
            ("name", "Springfield"),
            ("kind", new Plain("place"))));

    public List<object?> Measures { get; } = List(Map(
        ("id", new Plain("new-buses")),
        ("label", "New buses"),
        ("unit", "buses"),
        ("description", "Buses approved for the city.")));

    public OrderedDictionary<string, object?> Topic { get; } = Map(
        ("title", "Transport"),
        ("summary", "Buses and trains."),
        ("order", new Plain("1")));

    public OrderedDictionary<string, object?> Page { get; } = Map(
        ("title", "About"),
        ("summary", "What this is."));

    /// <summary>A fresh copy of the complete briefing.</summary>
    public static SchemaFixture Full() => new();

    /// <summary>Replaces a whole file with <paramref name="content"/>, as written.</summary>
    public SchemaFixture Replace(string path, string content)
    {
        _replaced[path] = content;
        return this;
    }

    /// <summary>The text of a file of the briefing.</summary>
    public string Text(string path) => _replaced.TryGetValue(path, out var replaced) ? replaced : path switch
    {
        SitePath => Write(Site),
        SourcePath => Write(Source),
        ClaimsPath => Write(Claims),
        EventsPath => Write(Events),
        EntitiesPath => Write(Entities),
        MeasuresPath => Write(Measures),
        TopicPath => WriteFrontMatter(Topic, "See [the claim](claim:buses-approved).\n"),
        PagePath => WriteFrontMatter(Page, "About this test.\n"),
        _ => throw new ArgumentException($"no file '{path}' in the fixture", nameof(path)),
    };

    /// <summary>The YAML of a file as a schema sees it (for topics and pages, the front matter).</summary>
    public JsonNode? Json(string path) =>
        YamlJson.Parse(path.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(Text(path)) : Text(path));

    /// <summary>What the schema for <paramref name="path"/> finds wrong with it.</summary>
    public IReadOnlyList<SchemaError> SchemaErrors(string path, string schemaFile) => SchemaSet.Repo.Validate(Json(path), schemaFile);

    /// <summary>What <c>briefing validate</c> finds, on a copy of the briefing written to a temporary folder.</summary>
    public ValidationResult Validate()
    {
        string[] paths = [SitePath, SourcePath, ClaimsPath, EventsPath, EntitiesPath, MeasuresPath, TopicPath, PagePath];
        using var briefing = TempBriefing.With([.. paths.Select(p => (p, (string?)Text(p)))]);
        return BriefingValidator.Validate(briefing.RootPath);
    }
}
