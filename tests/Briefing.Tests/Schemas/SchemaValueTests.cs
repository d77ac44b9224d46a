using System.Text.Json.Nodes;
using Briefing.Dates;
using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Tests.Schemas;

/// <summary>Who accepts a value: both, neither, or (a known, documented gap) only one of them.</summary>
public enum Verdict
{
    /// <summary>The loader and the schema both accept it.</summary>
    Valid,

    /// <summary>The loader and the schema both reject it.</summary>
    Invalid,

    /// <summary>A known gap: the loader accepts it, the schema (more strictly) does not.</summary>
    OnlyLoaderAccepts,

    /// <summary>A known gap: the schema cannot see what is wrong, and <c>briefing validate</c> reports it.</summary>
    OnlySchemaAccepts,
}

/// <summary>
/// Values: the schemas accept and reject the same ids, dates, URLs, grades, numbers and the like as the loader
/// does, on lists of samples. Where they cannot agree, the sample is listed as a known gap, so that a change on
/// either side shows up here.
/// </summary>
public sealed class SchemaValueTests
{
    // The codes the loader reports about the form of a value. Cross-file checks (unknown references, quotes that
    // are not in the text, missing text files) are beyond a schema and do not count.
    private static readonly HashSet<string> FormCodes =
    [
        DiagnosticCodes.TextPathInvalid, DiagnosticCodes.UnknownKey, DiagnosticCodes.MissingField, DiagnosticCodes.WrongType,
        DiagnosticCodes.InvalidId, DiagnosticCodes.InvalidDate, DiagnosticCodes.InvalidUrl, DiagnosticCodes.InvalidValue,
        DiagnosticCodes.EmptyList, DiagnosticCodes.InvalidLanguage, DiagnosticCodes.InvalidWikidataId,
    ];

    public static TheoryData<string> IdsBothAccept => [
        "a", "0", "2024", "kursk-oblast", "dprk-troops-in-russia", "nk-11000-troops-2024", "a1-b2-c3", new string('a', 80),
    ];

    public static TheoryData<string> IdsBothReject => [
        "", "Kursk", "kursk_oblast", "-kursk", "kursk-", "kursk--oblast", "../etc", "a/b", "kürsk", "a b", " a", "a ",
        "\na", "a.b", "\u0430", "\uFF41", new string('a', 81), new string('a', 80) + "\n",
    ];

    public static TheoryData<string> DatesBothAccept => [
        "2024", "2024-08", "2024-10-16", "2024-11-01~", "2024-10-27?", "2024~", "2024?", "2024-10~",
        "2024-10-27/2024-10-28", "2024-10/2024-11", "2024-11/2024-12", "2024-10-16/2024-10", "2024-10~/2024-11",
        "2024-10-27?/2024-10-28~", "2024/2025", "0001", "9999-12-31", "2024-01-31", "2024-04-30", "2024-02-29", "2000-02-29",
    ];

    public static TheoryData<string> DatesBothReject => [
        "", " ", "2024-02-30", "2024-02-31", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31", "2024-13", "2024-00",
        "2024-10-00", "2024-10-32", "24-10-16", "October 2024", "2024-1", "2024-1-5", "2024-10-16~~", "2024-10-16?~",
        "0000", "0000-01", "12024", "2024-", "2024/", "/2024", "2024/..", "../2024", "2024/2025/2026", "2024 / 2025",
        "2024-10-16T10:00", "2024%", "2024-10-16Z", "+2024", "-2024", "\uFF12\uFF10\uFF12\uFF14", "\u0662\u0660\u0662\u0664",
    ];

    [Theory]
    [MemberData(nameof(IdsBothAccept))]
    [MemberData(nameof(IdsBothReject))]
    public void TheIdPatternAgreesWithIdsIsValid(string id) =>
        Assert.Equal(Ids.IsValid(id), SchemaAccepts("id", JsonValue.Create(id)));

    [Theory]
    [InlineData("kursk-oblast\n")]
    [InlineData("a\n")]
    public void AnIdEndingInALineBreakIsRefusedByBoth(string id)
    {
        // Ids.IsValid once used a .NET "$", which also matches before a final line break; it now ends with \z.
        Assert.False(Ids.IsValid(id));
        Assert.False(SchemaAccepts("id", JsonValue.Create(id)));
    }

    [Theory]
    [MemberData(nameof(DatesBothAccept))]
    [MemberData(nameof(DatesBothReject))]
    public void TheDatePatternAgreesWithEdtfDateTryParse(string date) =>
        Assert.Equal(EdtfDate.TryParse(date, out _, out _), SchemaAccepts("date", JsonValue.Create(date)));

    [Theory]
    [InlineData("2023-02-29")] // not a leap year: a pattern cannot know the calendar
    [InlineData("1900-02-29")]
    [InlineData("2024-12/2024-01")] // backwards: a pattern cannot compare the two ends
    [InlineData("2025/2024")]
    [InlineData("2024/2024")] // both ends the same span: write a single date
    [InlineData("2024-10/2024-10")]
    [InlineData("2024-10~/2024-10")]
    public void KnownGapOnlyTheValidatorChecksTheCalendarAndTheOrderOfARange(string date)
    {
        Assert.False(EdtfDate.TryParse(date, out _, out _));
        Assert.True(SchemaAccepts("date", JsonValue.Create(date)));
    }

    [Theory]
    [InlineData(" 2024")]
    [InlineData("2024-10-16 ")]
    [InlineData("2024\n")]
    public void KnownGapOnlyTheLoaderForgivesSpaceAroundADate(string date)
    {
        // A plain YAML scalar never has surrounding space; only a quoted one can.
        Assert.True(EdtfDate.TryParse(date, out _, out _));
        Assert.False(SchemaAccepts("date", JsonValue.Create(date)));
    }

    [Theory]
    [InlineData(2024, true)]
    [InlineData(1000, true)]
    [InlineData(9999, true)]
    [InlineData(999, false)]
    [InlineData(10000, false)]
    public void APlainYearIsANumberToYamlAndTheSchemaChecksItsRange(int year, bool accepted) =>
        Assert.Equal(accepted, SchemaAccepts("date", JsonValue.Create(year)));

    [Theory]
    // Free text: YAML reads 1984 as a number; the loader reads any single value as text.
    [InlineData("site", "title", "1984", Verdict.Valid)]
    [InlineData("site", "title", "\"\"", Verdict.Invalid)]
    [InlineData("site", "title", "\"   \"", Verdict.Invalid)]
    [InlineData("site", "title", "true", Verdict.OnlyLoaderAccepts)] // a boolean title is surely a slip
    [InlineData("site", "tagline", "\"\"", Verdict.Valid)]
    [InlineData("page", "title", "\"\"", Verdict.Invalid)]
    [InlineData("claim", "statement", "\"   \"", Verdict.Invalid)]
    [InlineData("evidence", "quote", "\"  \"", Verdict.Invalid)]
    [InlineData("evidence", "quote", "12", Verdict.Valid)]
    // URLs.
    [InlineData("site", "base_url", "https://example.org/", Verdict.Valid)]
    [InlineData("site", "base_url", "https://example.org/briefing", Verdict.Valid)]
    [InlineData("site", "base_url", "http://localhost:8080/x?y=1#z", Verdict.Valid)]
    [InlineData("site", "base_url", "example.org", Verdict.Invalid)]
    [InlineData("site", "base_url", "ftp://example.org/", Verdict.Invalid)]
    [InlineData("site", "base_url", "https://", Verdict.Invalid)]
    [InlineData("site", "base_url", "https:///path", Verdict.Invalid)]
    [InlineData("site", "base_url", "mailto:editor@example.org", Verdict.Invalid)]
    [InlineData("site", "base_url", "~", Verdict.Invalid)]
    [InlineData("site", "base_url", "HTTPS://EXAMPLE.ORG/", Verdict.OnlyLoaderAccepts)] // the pattern wants a lower-case scheme
    [InlineData("source", "url", "~", Verdict.Valid)]
    [InlineData("source", "url", "\"\"", Verdict.Invalid)]
    [InlineData("source", "url", "https://example.org/article", Verdict.Valid)]
    [InlineData("source", "url", "javascript:alert(1)", Verdict.Invalid)]
    [InlineData("source", "url", "/relative/path", Verdict.Invalid)]
    [InlineData("source", "archived", "https://web.archive.org/web/2024/https://example.org/a", Verdict.Valid)]
    [InlineData("source", "archived", "~", Verdict.Valid)]
    [InlineData("source", "archived", "ftp://archive.example.org/a", Verdict.Invalid)]
    [InlineData("source", "archived", "archive.example.org/a", Verdict.Invalid)]
    // Language tags.
    [InlineData("site", "language", "en", Verdict.Valid)]
    [InlineData("site", "language", "en-GB", Verdict.Valid)]
    [InlineData("site", "language", "zh-Hant-TW", Verdict.Valid)]
    [InlineData("site", "language", "~", Verdict.Valid)]
    [InlineData("site", "language", "e", Verdict.Invalid)]
    [InlineData("site", "language", "english", Verdict.Invalid)]
    [InlineData("site", "language", "en_GB", Verdict.Invalid)]
    [InlineData("site", "language", "123", Verdict.Invalid)]
    [InlineData("site", "language", "\"\"", Verdict.OnlyLoaderAccepts)] // the loader reads a blank text as absent
    // A source's text file.
    [InlineData("source", "text", "seeds/article.txt", Verdict.Valid)]
    [InlineData("source", "text", "seeds\\article.txt", Verdict.Valid)]
    [InlineData("source", "text", "seeds/more/.hidden.txt", Verdict.Valid)]
    [InlineData("source", "text", "article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "seeds/../input/site.yml", Verdict.Invalid)]
    [InlineData("source", "text", "seeds/./article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "seeds//article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "/seeds/article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "../seeds/article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "Seeds/article.txt", Verdict.Invalid)]
    [InlineData("source", "text", "seeds", Verdict.Invalid)]
    [InlineData("source", "text", "seeds/", Verdict.Invalid)]
    // Dates as editors write them: plain, quoted, and a plain year (a number to YAML).
    [InlineData("source", "published", "2024", Verdict.Valid)]
    [InlineData("source", "published", "\"2024\"", Verdict.Valid)]
    [InlineData("source", "published", "2024-10?", Verdict.Valid)]
    [InlineData("source", "published", "'2024-11/2024-12'", Verdict.Valid)]
    [InlineData("source", "published", "2024-13", Verdict.Invalid)]
    [InlineData("source", "published", "2024-02-30", Verdict.Invalid)]
    [InlineData("source", "published", "October 2024", Verdict.Invalid)]
    [InlineData("source", "published", "999", Verdict.Invalid)]
    [InlineData("source", "published", "~", Verdict.Invalid)]
    [InlineData("source", "published", "2023-02-29", Verdict.OnlySchemaAccepts)] // the calendar
    [InlineData("source", "published", "2024/2024", Verdict.OnlySchemaAccepts)] // the same span twice
    [InlineData("source", "published", "0999", Verdict.OnlyLoaderAccepts)] // YAML reads the number 999
    [InlineData("event", "date", "2024", Verdict.Valid)]
    [InlineData("event", "date", "2024-10-14~", Verdict.Valid)]
    [InlineData("figure", "as_of", "~", Verdict.Valid)]
    [InlineData("figure", "as_of", "2024-10-16/2024-10-15", Verdict.OnlySchemaAccepts)] // backwards
    // Choices.
    [InlineData("source", "kind", "news-report", Verdict.Valid)]
    [InlineData("source", "kind", "~", Verdict.Valid)]
    [InlineData("source", "kind", "blog", Verdict.Invalid)]
    [InlineData("source", "kind", "News-Report", Verdict.Invalid)]
    [InlineData("source", "reliability", "B", Verdict.Valid)]
    [InlineData("source", "reliability", "~", Verdict.Valid)]
    [InlineData("source", "reliability", "b", Verdict.Invalid)]
    [InlineData("source", "reliability", "G", Verdict.Invalid)]
    [InlineData("source", "reliability", "1", Verdict.Invalid)]
    [InlineData("claim", "credibility", "2", Verdict.Valid)]
    [InlineData("claim", "credibility", "~", Verdict.Valid)]
    [InlineData("claim", "credibility", "0", Verdict.Invalid)]
    [InlineData("claim", "credibility", "7", Verdict.Invalid)]
    [InlineData("claim", "credibility", "2.5", Verdict.Invalid)]
    [InlineData("claim", "credibility", "two", Verdict.Invalid)]
    [InlineData("claim", "credibility", "B", Verdict.Invalid)]
    [InlineData("claim", "credibility", "\"2\"", Verdict.Invalid)] // a quoted number is refused, as for every number
    [InlineData("claim", "credibility", "2.0", Verdict.Valid)] // 2.0 is the whole number 2, to the loader as in JSON
    [InlineData("evidence", "stance", "contradicts", Verdict.Valid)]
    [InlineData("evidence", "stance", "~", Verdict.Valid)]
    [InlineData("evidence", "stance", "contradicting", Verdict.Invalid)]
    [InlineData("claim", "kind", "forecast", Verdict.Valid)]
    [InlineData("claim", "kind", "~", Verdict.Valid)]
    [InlineData("claim", "kind", "prediction", Verdict.Invalid)]
    [InlineData("claim", "kind", "Forecast", Verdict.Invalid)]
    [InlineData("outcome", "status", "not-borne-out", Verdict.Valid)]
    [InlineData("outcome", "status", "open", Verdict.Valid)]
    [InlineData("outcome", "status", "~", Verdict.Invalid)]
    [InlineData("outcome", "status", "happened", Verdict.Invalid)]
    [InlineData("outcome", "claims", "[buses-ordered]", Verdict.Valid)]
    [InlineData("outcome", "claims", "buses-ordered", Verdict.Invalid)]
    [InlineData("outcome", "claims", "[Buses-Ordered]", Verdict.Invalid)]
    [InlineData("evidence", "claimant", "city-council", Verdict.Valid)]
    [InlineData("evidence", "claimant", "~", Verdict.Valid)]
    [InlineData("evidence", "claimant", "City-Council", Verdict.Invalid)]
    [InlineData("evidence", "claimant", "[city-council]", Verdict.Invalid)]
    [InlineData("entity", "kind", "organization", Verdict.Valid)]
    [InlineData("entity", "kind", "organisation", Verdict.Invalid)]
    [InlineData("entity", "kind", "~", Verdict.Invalid)]
    // Numbers and booleans.
    [InlineData("figure", "value", "11000", Verdict.Valid)]
    [InlineData("figure", "value", "0.5", Verdict.Valid)]
    [InlineData("figure", "value", "-3", Verdict.Valid)]
    [InlineData("figure", "value", "1e3", Verdict.Valid)]
    [InlineData("figure", "value", "\"11000\"", Verdict.Invalid)]
    [InlineData("figure", "value", "11,000", Verdict.Invalid)]
    [InlineData("figure", "value", "eleven", Verdict.Invalid)]
    [InlineData("figure", "value", "~", Verdict.Invalid)]
    [InlineData("figure", "value", "0x10", Verdict.OnlySchemaAccepts)] // YAML 1.2 reads hex; the loader wants decimals
    [InlineData("figure", "approx", "true", Verdict.Valid)]
    [InlineData("figure", "approx", "True", Verdict.Valid)]
    [InlineData("figure", "approx", "~", Verdict.Valid)]
    [InlineData("figure", "approx", "yes", Verdict.Invalid)]
    [InlineData("figure", "approx", "\"true\"", Verdict.Invalid)]
    [InlineData("figure", "approx", "1", Verdict.Invalid)]
    [InlineData("figure", "qualifier", "up-to", Verdict.Valid)]
    [InlineData("figure", "qualifier", "~", Verdict.Valid)]
    [InlineData("figure", "qualifier", "roughly", Verdict.Invalid)]
    [InlineData("figure", "qualifier", "At-Least", Verdict.Invalid)]
    [InlineData("figure", "high", "12000", Verdict.Valid)]
    [InlineData("figure", "high", "~", Verdict.Valid)]
    [InlineData("figure", "high", "\"14\"", Verdict.Invalid)]
    [InlineData("figure", "high", "14,000", Verdict.Invalid)]
    [InlineData("figure", "high", "many", Verdict.Invalid)]
    [InlineData("topic", "order", "1", Verdict.Valid)]
    [InlineData("topic", "order", "-2", Verdict.Valid)]
    [InlineData("topic", "order", "1.0", Verdict.Valid)]
    [InlineData("topic", "order", "~", Verdict.Valid)]
    [InlineData("topic", "order", "1.5", Verdict.Invalid)]
    [InlineData("topic", "order", "\"1\"", Verdict.Invalid)]
    [InlineData("topic", "order", "first", Verdict.Invalid)]
    // Ids and lists of them.
    [InlineData("claim", "id", "buses-approved", Verdict.Valid)]
    [InlineData("claim", "id", "2024", Verdict.Valid)]
    [InlineData("claim", "id", "Buses-Approved", Verdict.Invalid)]
    [InlineData("claim", "id", "buses_approved", Verdict.Invalid)]
    [InlineData("claim", "id", "-1", Verdict.Invalid)]
    [InlineData("claim", "id", "\"\"", Verdict.Invalid)]
    [InlineData("claim", "id", "\"buses-approved\\n\"", Verdict.Invalid)] // an id ends at its last character, no line break after it
    [InlineData("figure", "measure", "New-Buses", Verdict.Invalid)]
    [InlineData("evidence", "source", "test_source", Verdict.Invalid)]
    [InlineData("claim", "topics", "[transport]", Verdict.Valid)]
    [InlineData("claim", "topics", "transport", Verdict.Invalid)]
    [InlineData("claim", "topics", "[]", Verdict.Invalid)]
    [InlineData("claim", "topics", "[Transport]", Verdict.Invalid)]
    [InlineData("claim", "attributed_to", "[]", Verdict.Valid)]
    [InlineData("claim", "attributed_to", "city-council", Verdict.Invalid)]
    [InlineData("claim", "evidence", "[]", Verdict.Invalid)]
    [InlineData("event", "claims", "[]", Verdict.Invalid)]
    [InlineData("event", "places", "[springfield]", Verdict.Valid)]
    // Texts in lists, and Wikidata ids.
    [InlineData("entity", "aliases", "[Council, 2024]", Verdict.Valid)]
    [InlineData("entity", "aliases", "Council", Verdict.Invalid)]
    [InlineData("source", "boilerplate", "[]", Verdict.Valid)]
    [InlineData("source", "boilerplate", "Subscribe now", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "Q42", Verdict.Valid)]
    [InlineData("entity", "wikidata", "~", Verdict.Valid)]
    [InlineData("entity", "wikidata", "Q0", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "Q042", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "Q", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "q42", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "42", Verdict.Invalid)]
    [InlineData("entity", "wikidata", "\"\"", Verdict.OnlyLoaderAccepts)] // the loader reads a blank text as absent
    public void ValuesAgreeWithTheLoader(string kind, string field, string yaml, Verdict expected)
    {
        var k = MappingKind.Named(kind);
        var fixture = SchemaFixture.Full();
        var map = k.InFixture(fixture);
        Assert.True(map.ContainsKey(field), $"the fixture's {kind} has no '{field}'");
        map[field] = new Plain(yaml);

        var loaderErrors = fixture.Validate().Diagnostics.Where(d => d.IsError && FormCodes.Contains(d.Code)).Select(DiagnosticFormatter.ToCanonical).ToList();
        var schemaErrors = fixture.SchemaErrors(k.Path, k.SchemaFile);
        var actual = (loaderErrors.Count == 0, schemaErrors.Count == 0) switch
        {
            (true, true) => Verdict.Valid,
            (false, false) => Verdict.Invalid,
            (true, false) => Verdict.OnlyLoaderAccepts,
            (false, true) => Verdict.OnlySchemaAccepts,
        };
        Assert.True(expected == actual, $"{kind}.{field}: {yaml}: expected {expected}, got {actual}\nloader: {string.Join("; ", loaderErrors)}\nschema: {string.Join("; ", schemaErrors)}");
    }

    private static bool SchemaAccepts(string definition, JsonNode? value) =>
        SchemaSet.Repo.Validate(value, SchemaSet.Repo.Resolve("definitions.schema.json", "/definitions/" + definition)).Count == 0;
}
