using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// What every browser test shares, made once per run: one Chromium, and the sites it visits, each
/// built by the real pipeline and served on 127.0.0.1. The seed briefing is served under /briefing/,
/// the harder case for links; a second build at the host's root keeps the easy case honest; the
/// publisher briefing proves search by publisher.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime, IDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServedSite? _seed;
    private ServedSite? _seedAtRoot;
    private ServedSite? _publisherSite;
    private PublisherBriefing? _publisherBriefing;

    internal IBrowser Browser => _browser ?? throw NotStarted();

    /// <summary>The seed briefing at http://127.0.0.1:port/briefing/.</summary>
    internal ServedSite Seed => _seed ?? throw NotStarted();

    /// <summary>The seed briefing at http://127.0.0.1:port/.</summary>
    internal ServedSite SeedAtRoot => _seedAtRoot ?? throw NotStarted();

    /// <summary>The fixture briefing whose source has a publisher, at http://127.0.0.1:port/briefing/.</summary>
    internal ServedSite PublisherSite => _publisherSite ?? throw NotStarted();

    internal PublisherBriefing PublisherBriefing => _publisherBriefing ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        // Playwright must never fetch a browser of its own here (see Chromium).
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // The browser first: when it is missing, every test fails at once with the fix, and nothing is built.
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _seed = new ServedSite(RepoPaths.Root, "/briefing/");
        _seedAtRoot = new ServedSite(RepoPaths.Root, "/");
        _publisherBriefing = new PublisherBriefing();
        _publisherSite = new ServedSite(_publisherBriefing.Root, "/briefing/");
    }

    /// <summary>A fresh context (cookies, storage, settings) for one test; the browser itself is shared.</summary>
    internal Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        Browser.NewContextAsync(options ?? new BrowserNewContextOptions());

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Dispose();
    }

    /// <summary>Stops the servers and deletes the built sites; safe to call twice (xunit may call both disposers).</summary>
    public void Dispose()
    {
        _seed?.Dispose();
        _seedAtRoot?.Dispose();
        _publisherSite?.Dispose();
        _publisherBriefing?.Dispose();
        (_seed, _seedAtRoot, _publisherSite, _publisherBriefing) = (null, null, null, null);
    }

    private static InvalidOperationException NotStarted() => new("the browser suite has not started");
}

/// <summary>Every browser test class belongs here: one shared browser and site, tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuiteGroup : ICollectionFixture<BrowserSuite>
{
    public const string Name = "browser suite";
}
