using Briefing.Loading;

namespace Briefing.Tests.Schemas;

/// <summary>
/// One kind of YAML mapping an editor writes (a site, a claim, a claim's figure…): where its schema is,
/// which keys the loader knows for it, and where the fixture writes one.
/// </summary>
/// <param name="Name">A short name, used as test data.</param>
/// <param name="Path">The fixture file that holds one.</param>
/// <param name="SchemaFile">The schema of that whole file.</param>
/// <param name="Pointer">Where the mapping's object schema is in <paramref name="SchemaFile"/> ($refs are followed).</param>
/// <param name="LoaderKeys">The keys the loader accepts, from <see cref="Vocabulary"/>.</param>
/// <param name="InFixture">The mapping in the fixture.</param>
internal sealed record MappingKind(
    string Name,
    string Path,
    string SchemaFile,
    string Pointer,
    IReadOnlyList<string> LoaderKeys,
    Func<SchemaFixture, OrderedDictionary<string, object?>> InFixture)
{
    public static readonly IReadOnlyList<MappingKind> All =
    [
        new("site", SchemaFixture.SitePath, "site.schema.json", "", Vocabulary.SiteKeys, f => f.Site),
        new("source", SchemaFixture.SourcePath, "source.schema.json", "", Vocabulary.SourceKeys, f => f.Source),
        new("claim", SchemaFixture.ClaimsPath, "claims.schema.json", "/items", Vocabulary.ClaimKeys, f => Item(f.Claims, 0)),
        new("figure", SchemaFixture.ClaimsPath, "claims.schema.json", "/items/properties/figure", Vocabulary.FigureKeys, f => Child(Item(f.Claims, 0), "figure")),
        new("evidence", SchemaFixture.ClaimsPath, "claims.schema.json", "/items/properties/evidence/items", Vocabulary.EvidenceKeys, f => Item((List<object?>)Item(f.Claims, 0)["evidence"]!, 0)),
        new("outcome", SchemaFixture.ClaimsPath, "claims.schema.json", "/items/properties/outcome", Vocabulary.OutcomeKeys, f => Child(Item(f.Claims, 0), "outcome")),
        new("event", SchemaFixture.EventsPath, "events.schema.json", "/items", Vocabulary.EventKeys, f => Item(f.Events, 0)),
        new("entity", SchemaFixture.EntitiesPath, "entities.schema.json", "/items", Vocabulary.EntityKeys, f => Item(f.Entities, 0)),
        new("measure", SchemaFixture.MeasuresPath, "measures.schema.json", "/items", Vocabulary.MeasureKeys, f => Item(f.Measures, 0)),
        new("topic", SchemaFixture.TopicPath, "topic-front-matter.schema.json", "", Vocabulary.TopicKeys, f => f.Topic),
        new("page", SchemaFixture.PagePath, "page-front-matter.schema.json", "", Vocabulary.PageKeys, f => f.Page),
    ];

    /// <summary>Every kind's name, as theory data.</summary>
    public static TheoryData<string> Names => [.. All.Select(k => k.Name)];

    /// <summary>The object schema of this kind of mapping.</summary>
    public SchemaNode Schema => SchemaSet.Repo.Resolve(SchemaFile, Pointer);

    /// <summary>The property names the schema allows, in order.</summary>
    public IReadOnlyList<string> SchemaKeys => [.. Schema.Node["properties"]!.AsObject().Select(p => p.Key)];

    /// <summary>The property names the schema requires.</summary>
    public IReadOnlyList<string> RequiredKeys => [.. Schema.Node["required"]!.AsArray().Select(r => r!.GetValue<string>())];

    public static MappingKind Named(string name) => All.Single(k => k.Name == name);

    private static OrderedDictionary<string, object?> Item(List<object?> list, int index) => (OrderedDictionary<string, object?>)list[index]!;

    private static OrderedDictionary<string, object?> Child(OrderedDictionary<string, object?> map, string key) => (OrderedDictionary<string, object?>)map[key]!;
}
