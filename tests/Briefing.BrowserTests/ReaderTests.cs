using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// What a reader on a phone or without a mouse needs, checked in Chromium at 320, 390 and 1280 CSS px:
/// no page scrolls sideways (seed site and a second fixture briefing), the menu takes at most two rows,
/// tables keep every cell readable, every chart mark is a focusable named link with a 24 px target,
/// footnote markers are 24 px targets, and search finds a word that only an article holds.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class ReaderTests(BrowserSuite suite)
{
    private static readonly int[] Widths = [320, 390, 1280];

    public static TheoryData<int> WidthRows => [.. Widths];

    [Theory]
    [MemberData(nameof(WidthRows))]
    public async Task NoPageScrollsSidewaysAndTheMenuTakesAtMostTwoRows(int width)
    {
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var site in new[] { suite.Seed, suite.PublisherSite })
        {
            foreach (var kind in PageKinds.All.Where(k => site == suite.Seed || k != "page"))
            {
                await page.GotoAsync(PageKinds.UrlOf(kind, site));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                var rows = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('.site-nav li')].map(li => Math.round(li.getBoundingClientRect().top))).size");
                var narrowCells = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('main table td, main table th')]"
                    + ".filter(c => c.getClientRects().length > 0 && !(c.closest('thead') && c.closest('thead').getBoundingClientRect().width <= 1))"
                    + ".filter(c => c.getBoundingClientRect().width < 56 && c.textContent.trim().length > 3).map(c => c.textContent.trim().slice(0, 30))");
                if (overflow > 0)
                {
                    problems.Add($"{site.BasePath}{PageKinds.PathOf(kind, site)} scrolls sideways by {overflow} px");
                }

                if (rows > 2)
                {
                    problems.Add($"{PageKinds.PathOf(kind, site)}: the menu takes {rows} rows");
                }

                if (width < 700 && narrowCells.Length > 0)
                {
                    problems.Add($"{PageKinds.PathOf(kind, site)}: table cells under 56 px: {string.Join(" | ", narrowCells)}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"at {width} px:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("chronology/")]
    [InlineData("topic")]
    [InlineData("figure")]
    public async Task EveryChartMarkIsAFocusableNamedLinkWithA24PixelTarget(string where)
    {
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(suite.Seed.Url(where.EndsWith('/') ? where : PageKinds.PathOf(where, suite.Seed)));

        var marks = page.Locator("svg.chart .chart-mark");
        var count = await marks.CountAsync();
        Assert.True(count > 0, $"{where} has no chart marks");
        for (var i = 0; i < count; i++)
        {
            var mark = marks.Nth(i);
            var name = await mark.GetAttributeAsync("aria-label");
            Assert.False(string.IsNullOrWhiteSpace(name), $"mark {i} on {where} has no name");
            Assert.False(string.IsNullOrWhiteSpace(await mark.GetAttributeAsync("href")), $"mark '{name}' links nowhere");
            await mark.FocusAsync();
            Assert.True(await mark.EvaluateAsync<bool>("m => document.activeElement === m && m.tabIndex >= 0"), $"mark '{name}' takes no keyboard focus");
            var box = await mark.Locator(".chart-hit").BoundingBoxAsync();
            Assert.True(box is { Width: >= 23.5f, Height: >= 23.5f }, $"mark '{name}' has a target of {box?.Width}x{box?.Height} px");
            Assert.True(await mark.Locator(".chart-tip").IsVisibleAsync(), $"mark '{name}' shows no label on focus");
        }

        // And the keyboard really reaches them: Tab from the chart's scroll box lands on the first mark.
        await page.Locator(".chart-scroll").First.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('svg.chart .chart-mark')"), "Tab does not reach the chart's marks");
    }

    [Fact]
    public async Task FootnoteMarkersAreTargetsOfAtLeast24PixelsThatSayWhereTheyLead()
    {
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageKinds.UrlOf("source", suite.Seed));

        var small = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.quote-ref')].filter(a => { const r = a.getBoundingClientRect(); return r.width < 24 || r.height < 24; }).map(a => a.textContent)");
        Assert.Empty(small);
        var numbers = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('.quote-ref sup')].map(s => +s.textContent)");
        Assert.Equal(Enumerable.Range(1, numbers.Length), numbers);
        var marker = page.Locator(".quote-ref").First;
        Assert.Matches(@"^\d+ \(claim: .+\)$", await marker.EvaluateAsync<string>("a => a.textContent"));
        await marker.FocusAsync();
        Assert.True(await marker.Locator(".ref-hint").EvaluateAsync<bool>("h => h.getBoundingClientRect().width > 40"), "the marker's hint does not show on focus");
    }

    [Fact]
    public async Task SearchFindsAWordThatOnlyAnArticleHoldsAndLeadsToItsPassage()
    {
        var inputTexts = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*", SearchOption.AllDirectories).Select(File.ReadAllText);
        var (word, url) = new SearchIndexWords(suite.Seed.Output).ArticleOnlyWord(inputTexts);
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(suite.Seed.Url("search/"));

        await page.Locator("#search-input").PressSequentiallyAsync(word, new LocatorPressSequentiallyOptions { Delay = 20 });

        var link = page.Locator($"#search-results a[href='{suite.Seed.Url(url)}']");
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-results mark.search-match").First).ToBeVisibleAsync();
        await link.ClickAsync();
        await page.WaitForURLAsync(suite.Seed.Url(url));
        var paragraph = page.Locator(url[url.IndexOf('#', StringComparison.Ordinal)..]);
        await Assertions.Expect(paragraph).ToContainTextAsync(word, new LocatorAssertionsToContainTextOptions { IgnoreCase = true });
        await Assertions.Expect(paragraph).ToBeInViewportAsync();
        problems.AssertNone($"search for the article-only word '{word}'");
    }

    [Fact]
    public async Task AMisspelledWordStillFindsItsClaimsWithTheirGrades()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(suite.Seed.Url("search/?q=" + Uri.EscapeDataString(Misspell(LongestClaimWord()))));

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("no exact match");
        await Assertions.Expect(page.Locator("#search-results .search-claim .badge").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnEmptyResultSaysWhatToTry()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(suite.Seed.Url("search/?q=qqqqqqqqzz"));

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("0 results");
        await Assertions.Expect(page.Locator(".search-help")).ToContainTextAsync("Try fewer words");
    }

    // A word of eight letters or more from the first claim's statement, with two inner letters swapped.
    private string LongestClaimWord() =>
        new SearchIndexWords(suite.Seed.Output).First("claim").Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).Where(w => w.Length >= 8).OrderByDescending(w => w.Length).First();

    private static string Misspell(string word) => word[..3] + word[4] + word[3] + word[5..];
}
