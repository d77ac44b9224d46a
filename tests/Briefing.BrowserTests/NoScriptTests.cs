using System.Text.Json;
using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// With JavaScript off every page still shows its content (the contract: the site works without
/// scripts, search aside), in-page anchors still lead to their targets, and the search page says why
/// it cannot search.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class NoScriptTests(BrowserSuite suite)
{
    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task PageShowsItsContentWithoutJavaScript(string kind)
    {
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, kind == PageKinds.NotFound ? PageKinds.UrlOf(kind, suite.Seed) : null);
        await PageOpening.OpenAsync(page, kind, suite.Seed);

        var heading = page.Locator("main h1");
        Assert.True(await heading.IsVisibleAsync(), $"{kind}: no visible h1 in main");
        Assert.False(string.IsNullOrWhiteSpace(await heading.InnerTextAsync()), $"{kind}: empty h1");
        await AssertKindContentAsync(kind, page);
        problems.AssertNone($"{kind} page without JavaScript");
    }

    /// <summary>What each kind of page must show by itself, beyond its heading.</summary>
    private async Task AssertKindContentAsync(string kind, IPage page)
    {
        switch (kind)
        {
            case "claims":
                // Every claim listed; the filter form needs the script, so it stays out of the way.
                Assert.Equal(CountOf("claims"), await VisibleCountAsync(page, "#claims-list > li.claim"));
                Assert.False(await page.Locator("#claims-filter").IsVisibleAsync(), "the claims filter shows without its script");
                break;
            case "chronology":
                Assert.Equal(CountOf("events"), await VisibleCountAsync(page, "li.event"));
                break;
            case "sources":
                Assert.Equal(CountOf("sources"), await DistinctVisibleLinksAsync(page, "main a[href*='/sources/']:not([href$='/sources/'])"));
                break;
            case "source":
                Assert.True(await VisibleCountAsync(page, "main mark") > 0, "the source page shows no highlighted quote");
                Assert.True(await VisibleCountAsync(page, "main a.quote-ref[href*='/claims/']") > 0, "no quote links to its claim");
                break;
            case "claim":
                Assert.True(await VisibleCountAsync(page, ".evidence-list blockquote") > 0, "the claim page shows no evidence");
                break;
            case "topics" or "home":
                Assert.True(await VisibleCountAsync(page, "main a[href*='/topics/']:not([href$='/topics/'])") > 0, $"{kind}: no topic links");
                break;
            case "figure":
                Assert.True(await VisibleCountAsync(page, "main table tbody tr") > 0, "the figure page shows no table rows");
                break;
            case "entities":
                Assert.True(await VisibleCountAsync(page, "main a[href*='/entities/']:not([href$='/entities/'])") > 0, "no entity links");
                break;
            case PageKinds.Search or PageKinds.SearchResults:
                var notice = page.Locator("main noscript, main .notice").Filter(new LocatorFilterOptions { HasText = "needs JavaScript" });
                Assert.True(await notice.First.IsVisibleAsync(), "the search page does not say that search needs JavaScript");
                break;
            default:
                // topic, entity, figures, page, not-found: the heading and a clean load are the check,
                // plus some visible text in main beyond the heading.
                Assert.True((await page.Locator("main").InnerTextAsync()).Length > 100, $"{kind}: main is nearly empty");
                break;
        }
    }

    [Fact]
    public async Task EvidenceLinkLeadsToTheHighlightedQuoteWithoutJavaScript()
    {
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await PageOpening.OpenAsync(page, "claim", suite.Seed);
        var link = page.Locator(".evidence-links a[href*='#']").First;
        var fragment = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).Fragment;

        await link.ClickAsync();
        await page.WaitForURLAsync("**/sources/**" + fragment);

        var target = page.Locator(":target");
        Assert.Equal(1, await target.CountAsync());
        Assert.Equal("mark", await target.EvaluateAsync<string>("e => e.localName"));
        Assert.True(await target.IsVisibleAsync());
        Assert.True(await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"),
            "the quote is not scrolled into view");
    }

    [Fact]
    public async Task InPageAnchorsNavigateWithoutJavaScript()
    {
        // The chronology's year links jump within the page.
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await PageOpening.OpenAsync(page, "chronology", suite.Seed);
        var link = page.Locator("nav.toc a[href^='#']").Last;
        var id = (await link.GetAttributeAsync("href"))![1..];

        await link.ClickAsync();

        Assert.EndsWith("#" + id, page.Url, StringComparison.Ordinal);
        Assert.Equal(id, await page.Locator(":target").GetAttributeAsync("id"));
    }

    private int CountOf(string collection)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite.Seed.Output, "data", "briefing.json")));
        return json.RootElement.GetProperty(collection).GetArrayLength();
    }

    /// <summary>How many elements matching the selector are rendered (checkVisibility: not hidden, not display:none).</summary>
    private static Task<int> VisibleCountAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<int>("elements => elements.filter(e => e.checkVisibility()).length");

    /// <summary>How many different addresses the rendered links matching the selector point at.</summary>
    private static Task<int> DistinctVisibleLinksAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<int>(
            "links => new Set(links.filter(a => a.checkVisibility()).map(a => a.getAttribute('href'))).size");
}
