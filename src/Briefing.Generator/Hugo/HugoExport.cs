using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Checking;
using Briefing.Model;
using Briefing.Validation;

namespace Briefing.Generator.Hugo;

/// <summary>
/// Writes a briefing as a Hugo site's content (Markdown pages with JSON front matter, the chronology as a data
/// file, and the site's configuration), so that the benchmark can have Hugo build the same pages from the same
/// content: a page per claim, source, topic, entity and measure, and the lists of each. The layouts that turn
/// it into HTML are in scripts/hugo-site/layouts.
/// </summary>
public static class HugoExport
{
    /// <summary>Claims and sources are listed in pages of this many, as Briefing splits /claims/ and /sources/.</summary>
    public const int ListPageSize = 1000;

    /// <summary>Reads the briefing at <paramref name="briefingRoot"/> and writes the Hugo content under <paramref name="hugoRoot"/>.</summary>
    /// <returns>The number of content pages written, or null when the briefing has errors (they are printed).</returns>
    public static int? Write(string briefingRoot, string hugoRoot)
    {
        var result = BriefingValidator.Validate(briefingRoot);
        if (!result.Succeeded)
        {
            foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
            {
                Console.Error.WriteLine(d.ToString());
            }

            return null;
        }

        var briefing = result.Briefing;
        var content = briefing.Content;
        Files.Write(hugoRoot, "config.json", Config(content.Site.Title));
        var citing = CitingClaims(content.Claims);
        var pages = 0;
        foreach (var claim in content.Claims)
        {
            pages += Page(hugoRoot, $"claims/{claim.Id}.md", ClaimMatter(claim), claim.Notes?.Text ?? "");
        }

        foreach (var source in content.Sources)
        {
            var text = File.ReadAllText(Path.Combine(briefingRoot, source.TextPath));
            pages += Page(hugoRoot, $"sources/{source.Id}.md", SourceMatter(source, citing), text);
        }

        pages += WriteCatalog(hugoRoot, briefing);
        Files.Write(hugoRoot, "data/events.json", Events(content.Events));
        return pages;
    }

    private static int WriteCatalog(string hugoRoot, CheckedBriefing briefing)
    {
        var content = briefing.Content;
        var pages = 0;
        foreach (var topic in content.Topics)
        {
            var claims = content.Claims.Where(c => c.Topics.Any(t => t.Id == topic.Id)).Select(c => c.Id);
            pages += Page(hugoRoot, $"topics/{topic.Id}.md", Matter(topic.Title, ("claims", Ids(claims))), topic.Body.Text);
        }

        var byEntity = content.Claims.SelectMany(c => c.Entities.Concat(c.AttributedTo).Select(e => (e.Id, c.Id)))
            .ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        foreach (var entity in content.Entities)
        {
            pages += Page(hugoRoot, $"entities/{entity.Id}.md", Matter(entity.Name, ("claims", Ids(byEntity[entity.Id].Distinct()))), entity.Description?.Text ?? "");
        }

        var figures = content.Claims.Where(c => c.Figure is not null).ToLookup(c => c.Figure!.Measure.Id, StringComparer.Ordinal);
        foreach (var measure in content.Measures)
        {
            var rows = new JsonArray([.. figures[measure.Id].Select(c => new JsonObject
            {
                ["claim"] = c.Id,
                ["value"] = c.Figure!.Value.ToString(CultureInfo.InvariantCulture),
                ["as_of"] = c.Figure.AsOf?.MachineReadable ?? "",
            })]);
            pages += Page(hugoRoot, $"figures/{measure.Id}.md", Matter(measure.Label, ("unit", measure.Unit), ("rows", rows)), measure.Description?.Text ?? "");
        }

        foreach (var section in new[] { "claims", "sources", "topics", "entities", "figures" })
        {
            pages += Page(hugoRoot, $"{section}/_index.md", Matter(char.ToUpperInvariant(section[0]) + section[1..]), "");
        }

        pages += Page(hugoRoot, "chronology/_index.md", Matter("Chronology"), "");
        return pages + Page(hugoRoot, "_index.md", Matter(content.Site.Title), "");
    }

    private static JsonObject ClaimMatter(Claim claim) => Matter(
        claim.Statement.Text,
        ("grade", (int)claim.Credibility),
        ("topics", Ids(claim.Topics.Select(t => t.Id))),
        ("evidence", new JsonArray([.. claim.Evidence.Select(e => new JsonObject
        {
            ["source"] = e.Source.Id,
            ["quote"] = e.Quote,
            ["stance"] = e.Stance.ToString().ToLowerInvariant(),
        })])));

    private static JsonObject SourceMatter(Source source, ILookup<string, (string Claim, string Quote)> citing) => Matter(
        source.Title,
        ("publisher", source.Publisher ?? ""),
        ("published", source.Published.MachineReadable),
        ("claims", Ids(citing[source.Id].Select(c => c.Claim).Distinct())),
        ("quotes", Ids(citing[source.Id].Select(c => c.Quote).Distinct())));

    private static ILookup<string, (string Claim, string Quote)> CitingClaims(IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Evidence.Select(e => (e.Source.Id, (c.Id, e.Quote)))).ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static JsonObject Matter(string title, params (string Key, JsonNode? Value)[] fields)
    {
        var matter = new JsonObject { ["title"] = title };
        foreach (var (key, value) in fields)
        {
            matter[key] = value;
        }

        return matter;
    }

    private static JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)id)]);

    private static int Page(string root, string path, JsonObject matter, string body)
    {
        Files.Write(root, "content/" + path, matter.ToJsonString() + "\n\n" + body + "\n");
        return 1;
    }

    private static string Events(IEnumerable<ChronologyEvent> events) =>
        new JsonArray([.. events.OrderBy(e => e.Date.MachineReadable, StringComparer.Ordinal).Select(e => new JsonObject
        {
            ["id"] = e.Id,
            ["date"] = e.Date.MachineReadable,
            ["title"] = e.Title.Text,
            ["claims"] = Ids(e.Claims.Select(c => c.Id)),
        })]).ToJsonString();

    private static string Config(string title) => new JsonObject
    {
        ["baseURL"] = "https://briefing.example.org/",
        ["title"] = title,
        ["disableKinds"] = new JsonArray("taxonomy", "term"),
        ["paginate"] = ListPageSize,
        ["outputs"] = new JsonObject { ["home"] = new JsonArray("HTML", "RSS"), ["section"] = new JsonArray("HTML") },
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
