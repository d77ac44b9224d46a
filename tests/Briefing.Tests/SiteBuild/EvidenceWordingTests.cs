using System.Text.Json;
using AngleSharp.Dom;
using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>
/// Who asserts what, independent support, hedged figures, forecasts and every stance, read off the built pages
/// of a small briefing made to show each of them: three papers relaying one agency, a forecast borne out, "up to",
/// "at least" and a range, a series over time, a disagreement, and a paper that supports and contradicts one claim.
/// </summary>
public sealed class EvidenceWordingTests : IClassFixture<EvidenceWordingTests.Site>
{
    private readonly BuiltSite _site;

    public EvidenceWordingTests(Site site) => _site = site.Built;

    [Fact]
    public void TheClaimPageLeadsWithKindAndClaimantAndCountsIndependentSupportInWords()
    {
        var page = _site.Page("claims/troops-arrived/index.html");
        Assert.Equal("Report by The Agency, 1 October 2024", Text(page, ".claim-lead"));
        Assert.StartsWith("Credibility of the statement", Text(page, ".verdict-grade"), StringComparison.Ordinal);
        Assert.StartsWith("3 sources, all relaying one claimant: The Agency.", Text(page, ".verdict-summary"), StringComparison.Ordinal);
        Assert.Contains("Contradicted by 1 source (1 claimant)", Text(page, ".verdict-summary"), StringComparison.Ordinal);
        Assert.Equal(["Claimant: The Agency", "Claimant: The Agency", "Claimant: The Agency", "Claimant: Ann Analyst"],
            page.QuerySelectorAll(".evidence-claimant").Select(e => Squash(e.TextContent)));
    }

    [Fact]
    public void AForecastShowsHowItTurnedOutLinkedToTheClaimsThatShowIt()
    {
        var page = _site.Page("claims/fight-by-november/index.html");
        Assert.Equal("Forecast by The Agency, 1 October 2024", Text(page, ".claim-lead"));
        var outcome = page.QuerySelector("section.outcome")!;
        Assert.StartsWith("Borne out, as shown by:", Text(outcome, ".outcome-status"), StringComparison.Ordinal);
        Assert.Equal(["/claims/fighting-in-december/"], outcome.QuerySelectorAll(".claim-statement a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void TheLeadIsDatedByTheSupportingEvidenceNotByOlderContext()
    {
        // Paper A (1 October) gives context only; the claim was first reported by Paper C on 10 December.
        var page = _site.Page("claims/fighting-in-december/index.html");
        Assert.Equal("Report by Paper C, 10 December 2024", Text(page, ".claim-lead"));
    }

    [Fact]
    public void ListsMarkForecastsCountIndependentClaimantsAndShowEveryStanceOfASource()
    {
        var list = _site.Page("claims/index.html");
        var forecast = Item(list, "fight-by-november");
        Assert.Equal("Forecast", Text(forecast, ".kind"));
        Assert.Contains("(borne out)", Text(forecast, ".claim-statement"), StringComparison.Ordinal);
        Assert.Null(Item(list, "troops-arrived").QuerySelector(".kind"));

        var troops = Item(list, "troops-arrived");
        Assert.StartsWith("3 sources support it, all relaying one claimant", Text(troops, ".corroboration"), StringComparison.Ordinal);
        var paperA = troops.QuerySelectorAll(".claim-sources li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/sources/a/");
        Assert.Equal("supports, contradicts", Text(paperA, "span"));

        var topic = _site.Page("topics/main/index.html");
        Assert.Equal("Forecast", Text(Item(topic, "fight-by-november"), ".kind"));
    }

    [Fact]
    public void TheTopicGridShowsBothStancesWhereOneSourceSupportsAndContradicts()
    {
        var topic = _site.Page("topics/main/index.html");
        var columns = topic.QuerySelectorAll("table.matrix thead th").Select(th => Squash(th.TextContent)).ToList();
        var row = topic.QuerySelectorAll("table.matrix tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/claims/troops-arrived/");
        var cell = row.QuerySelectorAll("td")[columns.FindIndex(c => c.StartsWith("Paper A", StringComparison.Ordinal)) - 1];

        Assert.Contains("cell-supports", cell.ClassList);
        Assert.Contains("cell-contradicts", cell.ClassList);
        Assert.Equal(["supports", "and contradicts"], cell.QuerySelectorAll(".visually-hidden").Select(s => s.TextContent));
        Assert.Equal(2, cell.QuerySelectorAll("a").Length);
    }

    [Fact]
    public void FiguresReadWithTheirHedgesOnEveryPage()
    {
        var lost = _site.Page("figures/lost/index.html");
        Assert.Equal("up to 200", Text(lost, "table.figure-rows td.num"));
        var claim = _site.Page("claims/lost-in-attack/index.html");
        Assert.Equal("up to 200", Text(claim, ".figure-number"));

        var home = Squash(_site.Page("index.html").QuerySelector("table.figures-table")!.TextContent);
        Assert.Contains("up to 200 soldiers", home, StringComparison.Ordinal);
        Assert.Contains("at least 40 soldiers", home, StringComparison.Ordinal);
        Assert.Contains("about 11,000, 11,000–12,000 soldiers", home, StringComparison.Ordinal);

        var troops = _site.Page("figures/troops/index.html");
        Assert.Equal(["about 11,000", "11,000–12,000"], troops.QuerySelectorAll("table.figure-rows td.num").Select(td => Squash(td.TextContent)));
    }

    [Fact]
    public void OneFigureIsOneReportASeriesIsNoDisagreementAndOnlyConflictsAreFlagged()
    {
        var lost = _site.Page("figures/lost/index.html");
        Assert.Equal("One report: up to 200 soldiers, as of 1 October 2024.", Text(lost, "p.spread"));
        Assert.Null(lost.QuerySelector("rect.chart-range"));

        var troops = _site.Page("figures/troops/index.html");
        Assert.StartsWith("The 2 reports form a series over time", Text(troops, "p.spread"), StringComparison.Ordinal);
        Assert.Null(troops.QuerySelector(".flag-disagree"));

        var deserters = _site.Page("figures/deserters/index.html");
        Assert.StartsWith("Disagreement Sources disagree: two figures for the same time cannot both be true", Text(deserters, "p.spread"), StringComparison.Ordinal);
        Assert.NotNull(deserters.QuerySelector("rect.chart-range"));

        // The home page and the topic page say what the measure pages say.
        foreach (var page in new[] { "index.html", "topics/main/index.html" })
        {
            var rows = _site.Page(page).QuerySelectorAll("table.figures-table tbody tr")
                .ToDictionary(r => Squash(r.QuerySelector("th")!.TextContent), r => Squash(r.QuerySelectorAll("td")[^1].TextContent), StringComparer.Ordinal);
            Assert.Equal("a series over time", rows["Troops"]);
            Assert.Equal("disagree", rows["Deserters"]);
            Assert.Equal("one report", rows["Lost in one attack"]);
        }
    }

    [Fact]
    public void TheDataGivesBothCountsAndEveryClaimant()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "briefing.json")));
        var troops = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "troops-arrived");
        Assert.Equal(3, troops.GetProperty("supporting_sources").GetInt32());
        Assert.Equal(1, troops.GetProperty("independent_claimants").GetInt32());
        Assert.Equal(["The Agency", "The Agency", "The Agency", "Ann Analyst"],
            troops.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("claimant").GetProperty("name").GetString()));
        Assert.Equal("about 11,000", troops.GetProperty("figure").GetProperty("text").GetString());
        var forecast = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "fight-by-november");
        Assert.Equal("forecast", forecast.GetProperty("kind").GetString());
        Assert.Equal("borne-out", forecast.GetProperty("outcome").GetProperty("status").GetString());

        var csv = File.ReadAllLines(Path.Combine(_site.Output, "data", "claims.csv"));
        var header = csv[0].Split(',');
        var claimant = Array.IndexOf(header, "claimant");
        Assert.True(claimant > 0, "claims.csv has a claimant column");
        Assert.Contains(csv, l => l.StartsWith("troops-arrived,", StringComparison.Ordinal) && l.Contains(",Ann Analyst,", StringComparison.Ordinal));
    }

    private static IElement Item(IParentNode page, string claimId) =>
        page.QuerySelectorAll("li.claim").First(li => li.QuerySelector(".claim-statement a[href$='/claims/" + claimId + "/']") is not null);

    private static string Text(IParentNode node, string selector) => Squash(node.QuerySelector(selector)!.TextContent);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The briefing, written to a temporary folder and built once for the class.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempBriefing _briefing = TempBriefing.With(
            ("seeds/article.txt", null),
            ("input/sources/test-source.yml", null),
            ("input/topics/transport.md", null),
            ("input/topics/main.md", "---\ntitle: Main\n---\nThe main topic.\n"),
            ("seeds/a.txt", "Paper A's report\nThe agency said 11,000 soldiers had arrived, and up to 200 were lost in one attack.\nIt expects them to fight by November.\nOthers said no soldiers had arrived at all.\n18 soldiers deserted in October, one official said; another said 25.\n"),
            ("seeds/b.txt", "Paper B's report\nThe agency said 11,000 soldiers had arrived.\n"),
            ("seeds/c.txt", "Paper C's report\nThe agency said 11,000 soldiers had arrived.\nBy December they were fighting, and at least 40 had died, with 11,000 to 12,000 in the region.\n"),
            ("input/sources/a.yml", "title: Paper A's report\ntext: seeds/a.txt\npublished: 2024-10-01\npublisher: Paper A\n"),
            ("input/sources/b.yml", "title: Paper B's report\ntext: seeds/b.txt\npublished: 2024-10-05\npublisher: Paper B\n"),
            ("input/sources/c.yml", "title: Paper C's report\ntext: seeds/c.txt\npublished: 2024-12-10\npublisher: Paper C\n"),
            ("input/entities.yml", "- id: agency\n  name: The Agency\n  kind: organization\n- id: analyst\n  name: Ann Analyst\n  kind: person\n- id: official\n  name: An official\n  kind: person\n"),
            ("input/measures.yml", "- id: troops\n  label: Troops\n  unit: soldiers\n- id: lost\n  label: Lost in one attack\n  unit: soldiers\n- id: dead\n  label: Dead\n  unit: soldiers\n- id: deserters\n  label: Deserters\n  unit: soldiers\n"),
            ("input/claims/main.yml", Claims));

        public Site() => Built = new BuiltSite(_briefing.RootPath);

        public BuiltSite Built { get; }

        public void Dispose()
        {
            Built.Dispose();
            _briefing.Dispose();
        }

        private const string Claims = """
            - id: troops-arrived
              statement: About 11,000 soldiers arrived.
              topics: [main]
              credibility: 2
              attributed_to: [agency]
              figure: {measure: troops, value: 11000, qualifier: about, as_of: 2024-10}
              evidence:
                - source: a
                  quote: The agency said 11,000 soldiers had arrived
                - source: b
                  quote: The agency said 11,000 soldiers had arrived
                - source: c
                  quote: The agency said 11,000 soldiers had arrived
                - source: a
                  quote: Others said no soldiers had arrived at all
                  stance: contradicts
                  claimant: analyst
              notes: All three papers relay the agency; one analyst denies it.
            - id: lost-in-attack
              statement: Up to 200 soldiers were lost in one attack.
              topics: [main]
              credibility: 3
              attributed_to: [agency]
              figure: {measure: lost, value: 200, qualifier: up-to}
              evidence:
                - source: a
                  quote: up to 200 were lost in one attack
            - id: fight-by-november
              statement: The soldiers will fight by November.
              topics: [main]
              kind: forecast
              credibility: 3
              attributed_to: [agency]
              evidence:
                - source: a
                  quote: It expects them to fight by November
              outcome:
                status: borne-out
                claims: [fighting-in-december]
            - id: fighting-in-december
              statement: The soldiers were fighting by December.
              topics: [main]
              credibility: 3
              evidence:
                - source: c
                  quote: By December they were fighting
                - source: a
                  quote: It expects them to fight by November
                  stance: context
            - id: dead-at-least-40
              statement: At least 40 soldiers died.
              topics: [main]
              credibility: 3
              figure: {measure: dead, value: 40, qualifier: at-least}
              evidence:
                - source: c
                  quote: at least 40 had died
            - id: troops-in-region
              statement: 11,000 to 12,000 soldiers were in the region in December.
              topics: [main]
              credibility: 3
              figure: {measure: troops, value: 11000, high: 12000, as_of: 2024-12}
              evidence:
                - source: c
                  quote: with 11,000 to 12,000 in the region
            - id: deserters-18
              statement: 18 soldiers deserted in October.
              topics: [main]
              credibility: 3
              attributed_to: [official]
              figure: {measure: deserters, value: 18, as_of: 2024-10}
              evidence:
                - source: a
                  quote: 18 soldiers deserted in October
            - id: deserters-25
              statement: 25 soldiers deserted in October.
              topics: [main]
              credibility: 3
              figure: {measure: deserters, value: 25, as_of: 2024-10}
              evidence:
                - source: a
                  quote: another said 25
            """;
    }
}
