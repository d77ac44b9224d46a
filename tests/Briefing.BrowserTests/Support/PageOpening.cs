using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>Opening a page of some kind and waiting until it is what a reader would see.</summary>
internal static class PageOpening
{
    /// <summary>
    /// Goes to the kind's page and waits for it to settle. Search results are filled in by script after
    /// the index has been fetched, so that page waits for the network to go quiet (half a second with no
    /// request), which also holds when scripts are off.
    /// </summary>
    public static Task<IResponse?> OpenAsync(IPage page, string kind, ServedSite site) =>
        page.GotoAsync(PageKinds.UrlOf(kind, site), new PageGotoOptions
        {
            WaitUntil = kind == PageKinds.SearchResults ? WaitUntilState.NetworkIdle : WaitUntilState.Load,
        });
}
