using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Readers;

/// <summary>What issue 12 promises readers, checked on a small briefing built by the real pipeline.</summary>
public sealed class ReaderSiteTests
{
    private const string LongTitle = "title: A very long headline about the city council approving twelve new electric buses for the eastern districts\n";

    private const string Notes = """
        - id: buses-approved
          statement: The council approved new buses.
          topics: [transport]
          notes: See [buses-approved](claim:buses-approved) and [the vote](claim:buses-approved).
          evidence:
            - source: test-source
              quote: The council approved 12 new buses
        """;

    [Fact]
    public void ShortTitleStandsInForTheTitleOnCardsAndTheFullTitleStaysOnTheSourcePage()
    {
        using var briefing = TempBriefing.With(("input/sources/test-source.yml", LongTitle + "short_title: Council buys buses\n" + TempBriefing.Source[TempBriefing.Source.IndexOf('\n', StringComparison.Ordinal)..].TrimStart('\n')));
        using var site = new BuiltSite(briefing.RootPath);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var card = site.Page("topics/transport/index.html").QuerySelector(".claim-sources a")!;
        Assert.Equal("Council buys buses", card.TextContent);
        Assert.StartsWith("A very long headline", card.GetAttribute("title"), StringComparison.Ordinal);
        Assert.StartsWith("A very long headline", site.Page("sources/test-source/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAShortTitleALongTitleIsCutAtAWord()
    {
        using var briefing = TempBriefing.With(("input/sources/test-source.yml", LongTitle + TempBriefing.Source[TempBriefing.Source.IndexOf('\n', StringComparison.Ordinal)..].TrimStart('\n')));
        using var site = new BuiltSite(briefing.RootPath);

        var text = site.Page("topics/transport/index.html").QuerySelector(".claim-sources a")!.TextContent;
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.True(text.Length <= 45, text);
        Assert.StartsWith(text.TrimEnd('…'), "A very long headline about the city council approving twelve", StringComparison.Ordinal);
        Assert.DoesNotContain(" …", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortTitleOverSixtyCharactersIsALocatedError()
    {
        using var briefing = TempBriefing.With(("input/sources/test-source.yml", "short_title: " + new string('x', 61) + "\n" + TempBriefing.Source));
        var run = CliRun.Of("validate", "--root", briefing.RootPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/sources/test-source.yml(1,14): error BRF045: 'short_title' is 61 characters long", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACardSaysEachThingOnceWithoutZeroCounts()
    {
        using var briefing = TempBriefing.With();
        using var site = new BuiltSite(briefing.RootPath);

        var claim = site.Page("topics/transport/index.html").QuerySelector(".claim")!;
        Assert.Equal("1 source supports it", claim.QuerySelector(".corroboration")!.TextContent);
        Assert.Equal("1 source", claim.QuerySelector(".claim-sources summary")!.TextContent);
        Assert.DoesNotContain(" 0 ", claim.TextContent, StringComparison.Ordinal);
        var page = site.Page("claims/buses-approved/index.html");
        Assert.DoesNotContain("giving context", page.QuerySelector(".tally")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".evidence .badge.rel-F"));
    }

    [Fact]
    public void ALinkWrittenWithTheBareIdReadsAsWhatItLinksTo()
    {
        using var briefing = TempBriefing.With(("input/claims/main.yml", Notes));
        using var site = new BuiltSite(briefing.RootPath);

        var links = site.Page("claims/buses-approved/index.html").QuerySelectorAll(".prose a").Select(a => a.TextContent).ToList();
        Assert.Equal(["The council approved new buses.", "the vote"], links);
    }

    [Fact]
    public void EveryPageAndTheFeedSayWhenTheBriefingWasLastUpdatedFromItsOwnDates()
    {
        using var briefing = TempBriefing.With();
        using var site = new BuiltSite(briefing.RootPath);

        // The newest dated thing is the source, published 16 October 2024; the clock plays no part.
        Assert.All(site.HtmlFiles, path =>
            Assert.Equal("2024-10-16", site.Page(path).QuerySelector(".footer-updated time")?.GetAttribute("datetime")));
        Assert.Contains("<updated>2024-10-16T00:00:00Z</updated>", File.ReadAllText(Path.Combine(site.Output, "feed.xml")).Split("<entry>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleParagraphIsASearchDocumentLeadingToItsPlaceOnTheSourcePage()
    {
        using var briefing = TempBriefing.With();
        using var site = new BuiltSite(briefing.RootPath);

        var docs = File.ReadAllText(Path.Combine(site.Output, "search", "docs", "0.json"));
        Assert.Contains("[\"passage\",\"A test article\",\"sources/test-source/#para-1\",\"The council approved 12 new buses on Monday.\"]", docs, StringComparison.Ordinal);
        Assert.NotNull(site.Page("sources/test-source/index.html").GetElementById("para-1"));
    }
}
