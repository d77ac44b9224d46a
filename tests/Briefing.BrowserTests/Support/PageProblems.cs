using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Everything that went wrong while a page loaded and ran: console errors (Chromium reports every
/// Content-Security-Policy violation as one), uncaught script errors, failed requests, responses of 400
/// and above, and any request to a host other than 127.0.0.1. The site promises none of these.
/// </summary>
internal sealed class PageProblems
{
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();

    /// <summary>Starts watching a page. <paramref name="expected404"/> is the one URL whose own 404 is the point.</summary>
    public static PageProblems Watch(IPage page, string? expected404 = null)
    {
        var problems = new PageProblems();
        page.Console += (_, message) =>
        {
            // Chromium also logs the deliberate 404 document itself as a failed resource; only that one is expected.
            var theExpected404 = expected404 is not null && message.Location == expected404 + ":0:0" &&
                message.Text.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal);
            if (message.Type == "error" && !theExpected404)
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"uncaught script error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Url == expected404 && response.Request.IsNavigationRequest))
            {
                problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1")
            {
                problems.Add($"request to another host: {request.Method} {request.Url}");
            }
        };
        return problems;
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Fails the test with every problem, one per line.</summary>
    public void AssertNone(string what)
    {
        var all = All;
        Assert.True(all.Count == 0, $"{what}: {all.Count} problem(s){Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", all));
    }

    private void Add(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }
}
