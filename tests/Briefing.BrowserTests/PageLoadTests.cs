using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// Every kind of page loads cleanly under the production Content-Security-Policy: no console error
/// (CSP violations included), no script error, no failed request, no error status except the 404
/// page's own, and nothing fetched from another host.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class PageLoadTests(BrowserSuite suite)
{
    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task PageLoadsWithoutErrors(string kind)
    {
        var url = PageKinds.UrlOf(kind, suite.Seed);
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page, expected404: kind == PageKinds.NotFound ? url : null);

        // Network idle, not just load: search fetches its index after the page has loaded.
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotNull(response);
        Assert.Equal(kind == PageKinds.NotFound ? 404 : 200, response.Status);
        problems.AssertNone($"{kind} page {url}");
    }

    [Fact]
    public async Task ServerSendsTheContentSecurityPolicy()
    {
        // Guards the other tests: without the header they would prove nothing about the CSP.
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(suite.Seed.Url(""));

        Assert.NotNull(response);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await response.HeaderValueAsync("content-security-policy"));
    }
}
