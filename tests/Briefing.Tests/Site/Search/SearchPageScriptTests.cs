using System.Text.Json;
using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

/// <summary>
/// Runs the browser half of theme/assets/search.js under Node.js with a minimal fake page (a few
/// elements, location, history and a fetch that serves a built index from disk), to check what a
/// visitor gets: results for ?q=, links under the base path, requests only to the page's own origin,
/// and a visible message when the index cannot be fetched.
/// </summary>
public sealed class SearchPageScriptTests : IDisposable
{
    private const string Harness = """
        const vm = require('vm'), fs = require('fs'), path = require('path');
        const { base, page, steps } = JSON.parse(fs.readFileSync('page.json', 'utf8'));
        class El {
          constructor(tag) { this.tag = tag; this.kids = []; this.textContent = ''; this.className = ''; this.on = {}; }
          append(...kids) { this.kids.push(...kids.map((k) => (typeof k === 'string' ? { text: k } : k))); }
          replaceChildren(...kids) { this.kids = []; this.append(...kids); }
          addEventListener(type, f) { this.on[type] = f; }
        }
        const el = { 'search-form': new El('form'), 'search-input': new El('input'), 'search-results': new El('div') };
        const url = new URL(page);
        const location = { href: url.href, origin: url.origin, pathname: url.pathname, search: url.search };
        const requests = [];
        const fetch = async (address) => {
          requests.push(address);
          const u = new URL(address);
          const file = path.join('site', u.pathname);
          if (u.origin !== url.origin || !fs.existsSync(file)) return { ok: false, status: 404 };
          return { ok: true, status: 200, json: async () => JSON.parse(fs.readFileSync(file, 'utf8')) };
        };
        const document = {
          getElementById: (id) => el[id], createElement: (tag) => new El(tag),
          querySelector: () => ({ getAttribute: () => base }),
        };
        const history = { replaceState: (s, t, u) => { location.search = u.startsWith('?') ? u : ''; } };
        const context = { document, location, history, fetch, URL, URLSearchParams, setTimeout, clearTimeout };
        vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), vm.createContext(context));
        const text = (n) => (n.text !== undefined ? n.text : (n.href ? n.href + ' ' : '') + n.textContent + n.kids.map(text).join(''));
        const view = () => el['search-results'].kids.filter((n) => !n.hidden).flatMap((n) => (n.tag === 'ol'
          ? n.kids.map((li) => li.kids.map(text).join('|'))
          : [n.className + ': ' + text(n)]));
        const marks = (n) => (n.text !== undefined ? [] : [...(n.tag === 'mark' ? [n.textContent] : []), ...n.kids.flatMap(marks)]);
        const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        (async () => {
          const out = [];
          for (const step of steps) {
            if (step.type !== undefined) { el['search-input'].value = step.type; el['search-input'].on.input(); }
            if (step.submit !== undefined) { el['search-input'].value = step.submit; el['search-form'].on.submit({ preventDefault() {} }); }
            await wait(step.type !== undefined ? 250 : 50);
            out.push({ view: view(), marks: el['search-results'].kids.flatMap(marks), search: location.search, requests: requests.splice(0) });
          }
          process.stdout.write(JSON.stringify(out));
        })();
        """;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("briefing-search-page-");

    public SearchPageScriptTests()
    {
        foreach (var file in SearchIndexBuilder.Build(SearchIndexLayoutTests.Sample))
        {
            var path = Path.Combine(_directory.FullName, "site", "briefing", file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void QueryInTheAddressIsSearchedUnderTheBasePath()
    {
        var step = Run("/briefing/", "https://host.test/briefing/search/?q=Kursk", new { })[0];

        Assert.Equal(
            [
                "search-count: 2 results for \u201CKursk\u201D",
                "claim https://host.test/briefing/claims/nk-troops-kursk/ North Korean troops in Kursk|About 11,000 North Korean soldiers were deployed to Russia's Kursk region.",
                "event https://host.test/briefing/chronology/#kursk-incursion Kursk incursion begins|Ukrainian forces cross the border.",
            ],
            step.View);
        Assert.Equal(["Kursk", "Kursk", "Kursk"], step.Marks);
        Assert.All(step.Requests, r => Assert.StartsWith("https://host.test/briefing/search/", r, StringComparison.Ordinal));
        Assert.Equal(3, step.Requests.Length);
    }

    [Fact]
    public void TypingSearchesAfterAPauseAndUpdatesTheAddress()
    {
        var steps = Run("/briefing/", "https://host.test/briefing/search/", new { }, new { type = "zelen" }, new { type = "" });

        Assert.Empty(steps[0].View);
        Assert.Empty(steps[0].Requests);
        Assert.Equal(["search-count: 1 result for \u201Czelen\u201D", "person or place https://host.test/briefing/entities/zelenskyy/ Volodymyr Zelenskyy|President of Ukraine."], steps[1].View);
        Assert.Equal(["Zelenskyy"], steps[1].Marks);
        Assert.Equal("?q=zelen", steps[1].Search);
        Assert.Empty(steps[2].View);
        Assert.Equal("", steps[2].Search);
    }

    [Fact]
    public void SecondQueryFetchesOnlyTheShardsItLacks()
    {
        var steps = Run("/briefing/", "https://host.test/briefing/search/?q=troops", new { }, new { submit = "troops kursk" }, new { submit = "troops" });

        Assert.Equal(3, steps[0].Requests.Length);
        Assert.Equal([$"https://host.test/briefing/search/idx/ku.json?v={new SearchIndexReader(SearchIndexBuilder.Build(SearchIndexLayoutTests.Sample)).Hash}"], steps[1].Requests);
        Assert.Empty(steps[2].Requests);
    }

    [Fact]
    public void MissingIndexShowsAMessage()
    {
        File.Delete(Path.Combine(_directory.FullName, "site", "briefing", "search", "docs", "0.json"));

        var step = Run("/briefing/", "https://host.test/briefing/search/?q=kursk", new { })[0];

        var message = Assert.Single(step.View);
        Assert.StartsWith("search-error: Search is unavailable right now", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseOnAnotherHostIsNeverFetched()
    {
        var step = Run("https://elsewhere.test/briefing/", "https://host.test/briefing/search/?q=kursk", new { })[0];

        Assert.NotEmpty(step.Requests);
        Assert.All(step.Requests, r => Assert.StartsWith("https://host.test/", r, StringComparison.Ordinal));
    }

    [Fact]
    public void AMisspellingFindsTheNearWordAndSaysSo()
    {
        var step = Run("/briefing/", "https://host.test/briefing/search/?q=depolyed", new { })[0];

        Assert.Equal("search-count: 1 result for \u201Cdepolyed\u201D (no exact match: showing \u201Cdeployed\u201D for \u201Cdepolyed\u201D)", step.View[0]);
        Assert.Equal(["deployed"], step.Marks);
    }

    [Fact]
    public void AnEmptyResultOffersHelp()
    {
        var step = Run("/briefing/", "https://host.test/briefing/search/?q=submarine", new { })[0];

        Assert.Equal("search-count: 0 results for \u201Csubmarine\u201D", step.View[0]);
        Assert.StartsWith("search-help: Every word must occur in a result.", step.View[1], StringComparison.Ordinal);
        Assert.Contains("https://host.test/briefing/claims/ every claim", step.View[1], StringComparison.Ordinal);
    }

    private sealed record Step(string[] View, string[] Marks, string Search, string[] Requests);

    private Step[] Run(string basePath, string page, params object[] steps)
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "page.json"), JsonSerializer.Serialize(new { @base = basePath, page, steps }));
        var output = NodeScript.Run(_directory.FullName, Harness);
        return JsonSerializer.Deserialize<Step[]>(output, Web)!;
    }
}
