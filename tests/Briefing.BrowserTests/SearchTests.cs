using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// Search, in the browser, under the strict CSP and a base path: a word typed into the box finds the
/// claim or source it comes from, a publisher finds its source, and ?q= in the address searches on load.
/// Results are links to the pages under the base path.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class SearchTests(BrowserSuite suite)
{
    [Fact]
    public async Task WordOfAClaimStatementFindsTheClaim()
    {
        var words = new SearchIndexWords(suite.Seed.Output);
        var (statement, url) = words.First("claim");

        await AssertTypingFindsAsync(suite.Seed, words.RarestWordOf(statement), url);
    }

    [Fact]
    public async Task WordOfASourceTitleFindsTheSource()
    {
        var words = new SearchIndexWords(suite.Seed.Output);
        var (title, url) = words.First("source");

        await AssertTypingFindsAsync(suite.Seed, words.RarestWordOf(title), url);
    }

    [Fact]
    public async Task PublisherFindsTheSource()
    {
        // The publisher word is in no title, text or note of the fixture: only the publisher field can match.
        await AssertTypingFindsAsync(suite.PublisherSite, PublisherBriefing.PublisherWord,
            $"sources/{suite.PublisherBriefing.SourceId}/");
    }

    [Fact]
    public async Task QueryInTheAddressSearchesOnLoad()
    {
        var words = new SearchIndexWords(suite.Seed.Output);
        var (statement, url) = words.First("claim");
        var word = words.RarestWordOf(statement);
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);

        await page.GotoAsync(suite.Seed.Url("search/?q=" + Uri.EscapeDataString(word)));

        await Assertions.Expect(ResultLink(page, suite.Seed, url)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-input")).ToHaveValueAsync(word);
        problems.AssertNone($"search for '{word}' from the address");
    }

    [Fact]
    public async Task ResultLinkOpensThePage()
    {
        var words = new SearchIndexWords(suite.Seed.Output);
        var (statement, url) = words.First("claim");
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(suite.Seed.Url("search/?q=" + Uri.EscapeDataString(words.RarestWordOf(statement))));

        await ResultLink(page, suite.Seed, url).ClickAsync();

        await page.WaitForURLAsync(suite.Seed.Url(url));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(statement);
    }

    /// <summary>Types the word as a reader would and expects a result linking to the page at <paramref name="url"/>.</summary>
    private async Task AssertTypingFindsAsync(ServedSite site, string word, string url)
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(site.Url("search/"));

        await page.Locator("#search-input").PressSequentiallyAsync(word, new LocatorPressSequentiallyOptions { Delay = 20 });

        await Assertions.Expect(ResultLink(page, site, url)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync(word);
        problems.AssertNone($"search for '{word}'");
    }

    /// <summary>A result link to a page given relative to the base; the script writes absolute addresses.</summary>
    private static ILocator ResultLink(IPage page, ServedSite site, string url) =>
        page.Locator($"#search-results a[href='{site.Url(url)}']");
}
