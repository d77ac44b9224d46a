using System.Net;
using System.Text.Json;

namespace Briefing.Tests.PreviewServer;

/// <summary>
/// The preview's notice of problems is in the HTML the server sends (so it shows without JavaScript),
/// lists the causes first, says how many more there are, and links each to its file and line.
/// </summary>
public sealed class PreviewNoticeTests
{
    private const string Claim = "claims/dprk-in-kursk-assaults/";

    [Fact]
    public async Task ATabInEntitiesIsTheOneProblemShownAndItsLinkOpensTheLine()
    {
        await using var preview = await PreviewFixture.StartAsync();
        Assert.DoesNotContain("briefing-preview-notice\"", await preview.Http.GetStringAsync(Claim), StringComparison.Ordinal);

        await BreakAsync(preview, Path.Combine(preview.Root, "input", "entities.yml"), t => t.Replace("  name: Kyrylo Budanov", "\tname: Kyrylo Budanov", StringComparison.Ordinal));

        var page = await preview.Http.GetStringAsync(Claim);
        var notice = Notice(page);
        Assert.Contains("The briefing has 1 error;", notice, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/_briefing/file/input/entities.yml#L13\"><code>input/entities.yml(13,1)</code></a>", notice, StringComparison.Ordinal);
        Assert.Contains("indented with a tab (column 1)", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("there is no entity", notice, StringComparison.Ordinal);
        Assert.True(page.IndexOf("<aside id=\"briefing-preview-notice\"", StringComparison.Ordinal) < page.IndexOf("<main", StringComparison.Ordinal), "the notice is not at the top of the page");

        var view = await preview.Http.GetStringAsync("_briefing/file/input/entities.yml");
        Assert.Contains("<li id=\"L13\" class=\"problem\"><pre>\u2192\tname: Kyrylo Budanov</pre><p>column 1: error BRF001:", view, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync("_briefing/file/input/site.yml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync("_briefing/file/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task ManyProblemsShowTheFirstTenAndSayHowManyMore()
    {
        await using var preview = await PreviewFixture.StartAsync();
        // Each "credibility: two" is one error; the seed's editors may change how many grades of 2 there are.
        var reaction = Path.Combine(preview.Root, "input", "claims", "reaction.yml");
        var combat = Path.Combine(preview.Root, "input", "claims", "combat.yml");
        var inReaction = Grades2(reaction);
        var kursk = Path.Combine(preview.Root, "input", "claims", "kursk-sumy.yml");
        var inCombat = Grades2(combat) + Grades2(kursk);
        Assert.True(inReaction + inCombat + 1 > ProblemNoticeShown, "the seed has too few grades of 2 for this test");
        await BreakAsync(preview, reaction, t => t.Replace("credibility: 2", "credibility: two", StringComparison.Ordinal));

        using var status = JsonDocument.Parse(await preview.Http.GetStringAsync("_briefing/status"));
        Assert.Equal(inReaction, status.RootElement.GetProperty("total").GetInt32());
        var first = status.RootElement.GetProperty("items")[0];
        Assert.Equal("input/claims/reaction.yml", first.GetProperty("file").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());

        // More problems: a syntax error in another file comes first although its path sorts later.
        var measures = Path.Combine(preview.Root, "input", "measures.yml");
        await BreakAsync(preview, measures, t => "- id: x\n  label: 'unclosed\n" + t);
        await BreakAsync(preview, combat, t => t.Replace("credibility: 2", "credibility: two", StringComparison.Ordinal));
        await BreakAsync(preview, kursk, t => t.Replace("credibility: 2", "credibility: two", StringComparison.Ordinal));

        var notice = Notice(await preview.Http.GetStringAsync(Claim));
        Assert.Equal(ProblemNoticeShown, notice.Split("<li>").Length - 1);
        Assert.Contains($"<p>and {inReaction + inCombat + 1 - ProblemNoticeShown} more: the terminal lists them all.</p>", notice, StringComparison.Ordinal);
        Assert.StartsWith("<a href=\"/_briefing/file/input/measures.yml#L2\">", notice.Split("<li>")[1], StringComparison.Ordinal);
    }

    private const int ProblemNoticeShown = Briefing.Preview.ProblemNotice.Shown;

    private static int Grades2(string file) => File.ReadAllText(file).Split("credibility: 2").Length - 1;

    private static async Task BreakAsync(PreviewFixture preview, string file, Func<string, string> edit)
    {
        using var tab = await EventReader.ConnectAsync(preview.Http);
        var text = await File.ReadAllTextAsync(file);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        await File.WriteAllTextAsync(file, edited);
        Assert.Equal("status", (await tab.NextAsync(TimeSpan.FromSeconds(10)))?.Name);
    }

    private static string Notice(string page)
    {
        var start = page.IndexOf("<aside id=\"briefing-preview-notice\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no notice");
        return page[start..(page.IndexOf("</aside>", start, StringComparison.Ordinal) + "</aside>".Length)];
    }
}
