using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The seed site built for the root of its host (the other tests use /briefing/): a quick pass over the
/// pages whose links and fetches depend on the base path.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class RootPathTests(BrowserSuite suite)
{
    [Theory]
    [InlineData("home")]
    [InlineData("claim")]
    [InlineData("source")]
    [InlineData(PageKinds.SearchResults)]
    [InlineData(PageKinds.NotFound)]
    public async Task PageWorksAtTheRootOfTheHost(string kind)
    {
        var site = suite.SeedAtRoot;
        var url = PageKinds.UrlOf(kind, site);
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, kind == PageKinds.NotFound ? url : null);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        problems.AssertNone($"{kind} page at the root {url}");
        var stray = await page.Locator("a[href^='/briefing/'], link[href^='/briefing/'], script[src^='/briefing/']").CountAsync();
        Assert.Equal(0, stray);
        if (kind == PageKinds.SearchResults)
        {
            Assert.True(await page.Locator($"#search-results a[href^='{site.Url("claims/")}']").CountAsync() > 0, "no claim among the results");
        }
    }
}
