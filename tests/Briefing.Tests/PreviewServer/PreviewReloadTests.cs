using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Briefing.Tests.PreviewServer;

/// <summary>
/// After a rebuild, only the tabs whose page changed reload; the others are sent the build's status.
/// Each tab is a real event stream that names its page as reload.js does, against the real preview.
/// </summary>
public sealed partial class PreviewReloadTests
{
    private const string Edited = "/claims/dprk-in-kursk-assaults/";
    private const string EditedId = "dprk-in-kursk-assaults";

    // A claim of another file whose page does not mention the edited claim, so the edit leaves its bytes alone.
    private const string Other = "/claims/zelensky-calls-escalation/";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ASavedClaimReloadsTheTabsShowingItAndNotTheOthers()
    {
        await using var preview = await PreviewFixture.StartAsync();
        Assert.DoesNotContain(EditedId, await preview.Http.GetStringAsync(Other.TrimStart('/')), StringComparison.Ordinal);
        using var showsClaim = await EventReader.ConnectAsync(preview.Http, Edited);
        using var showsOther = await EventReader.ConnectAsync(preview.Http, Other);
        using var showsMissing = await EventReader.ConnectAsync(preview.Http, "/claims/not-written-yet/");
        using var saysNothing = await EventReader.ConnectAsync(preview.Http);

        await EditAsync(preview.ClaimsFile, t => t.Replace("statement: Russia used North Korean troops in assaults", "statement: Edited in preview, Russia used North Korean troops in assaults", StringComparison.Ordinal));

        Assert.Equal("reload", (await showsClaim.NextAsync(Wait))?.Name);
        // The hub sends every tab its event for a build at once, so the other tab's status is already on its way.
        Assert.Equal("status", (await showsOther.NextAsync(Wait))?.Name);
        Assert.Equal("reload", (await showsMissing.NextAsync(Wait))?.Name);
        Assert.Equal("reload", (await saysNothing.NextAsync(Wait))?.Name);
        // The first build changed every page (there was none before); this one, some of them.
        var (all, changed) = await ChangedPagesAsync(preview);
        Assert.InRange(changed, 1, all - 1);
    }

    [Fact]
    public async Task AChangeToTheThemesCssReloadsEveryTab()
    {
        await using var preview = await PreviewFixture.StartAsync();
        using var showsClaim = await EventReader.ConnectAsync(preview.Http, Edited);
        using var showsOther = await EventReader.ConnectAsync(preview.Http, Other);

        await EditAsync(Path.Combine(preview.Root, "theme", "assets", "site.css"), t => t + "\n.edited-in-preview { color: inherit; }\n");

        Assert.Equal("reload", (await showsClaim.NextAsync(Wait))?.Name);
        Assert.Equal("reload", (await showsOther.NextAsync(Wait))?.Name);
    }

    [Fact]
    public async Task ASaveThatChangesNoPageReloadsNoTab()
    {
        await using var preview = await PreviewFixture.StartAsync();
        using var showsClaim = await EventReader.ConnectAsync(preview.Http, Edited);
        using var saysNothing = await EventReader.ConnectAsync(preview.Http);

        // A comment at the end moves no line of the claims above it, so no page can differ.
        await EditAsync(preview.ClaimsFile, t => t + "\n# a note for the editors\n");

        Assert.Equal("status", (await showsClaim.NextAsync(Wait))?.Name);
        Assert.Equal("status", (await saysNothing.NextAsync(Wait))?.Name);
        Assert.Equal(0, (await ChangedPagesAsync(preview)).Next);
    }

    private static async Task EditAsync(string file, Func<string, string> edit)
    {
        var text = await File.ReadAllTextAsync(file);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        await File.WriteAllTextAsync(file, edited);
    }

    // How many pages the terminal says the first build and the next one changed; the next line is
    // written just after the tabs are told, so it is waited for.
    private static async Task<(int First, int Next)> ChangedPagesAsync(PreviewFixture preview)
    {
        var clock = Stopwatch.StartNew();
        MatchCollection lines;
        while ((lines = RebuiltLine().Matches(preview.Log.ToString())).Count < 2)
        {
            Assert.True(clock.Elapsed < Wait, "no second rebuild line in the terminal:\n" + preview.Log);
            await Task.Delay(20);
        }

        return (Count(lines[0]), Count(lines[1]));
    }

    private static int Count(Match line) => int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^rebuilt \d+ pages, \d+ rendered, in \d+ ms \((\d+) changed\)$", RegexOptions.Multiline)]
    private static partial Regex RebuiltLine();
}
