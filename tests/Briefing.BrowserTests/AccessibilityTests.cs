using System.Text;
using Briefing.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// axe-core finds no WCAG 2.2 A/AA violation on any kind of page, in the light and the dark colour
/// scheme (contrast is checked separately in each). A failure lists every violation with where it is,
/// so the developer can fix the theme without rerunning axe by hand.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class AccessibilityTests(BrowserSuite suite)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task PageHasNoAxeViolationsInLightOrDark(string kind)
    {
        // One page, both schemes: switching the emulated preference restyles the page without reloading
        // it, and a second axe run on a page is about twice as fast as the first.
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await PageOpening.OpenAsync(page, kind, suite.Seed);
        var report = new StringBuilder();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var result = await page.RunAxe(WcagAA);

            // Guards against a vacuous pass: the scheme really is in effect, and axe really measured contrast in it.
            Assert.Equal(scheme == ColorScheme.Dark, await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
            Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");
            if (result.Violations.Length > 0)
            {
                report.AppendLine(Describe(kind, scheme.ToString()!.ToLowerInvariant(), page.Url, result.Violations));
            }
        }

        Assert.True(report.Length == 0, report.ToString());
    }

    private static string Describe(string kind, string scheme, string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{kind} page ({scheme}) {url}: {violations.Length} axe violation(s)");
        foreach (var v in violations)
        {
            text.AppendLine().Append($"  {v.Id} [{v.Impact}] {v.Help} ({v.HelpUrl}), {v.Nodes.Length} element(s):");
            foreach (var node in v.Nodes.Take(5))
            {
                text.AppendLine().Append($"    {node.Target}  {node.Html}");
                // axe's own explanation: which checks failed on this element, e.g. the contrast ratio it measured.
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Distinct();
                text.AppendLine().Append("      " + string.Join(" | ", checks).ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
