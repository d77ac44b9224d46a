using Briefing.Tests.SiteBuild;

namespace Briefing.Tests.Seed;

/// <summary>
/// The analyst's findings, read on the built seed site: how many independent claimants a claim shows, and
/// figures with the hedges the texts give them.
/// </summary>
[Collection(SeedSitesGroup.Name)]
public sealed class SeedPagesTests(SeedSites sites)
{
    [Theory]
    [InlineData("dprk-troops-about-11000", "3 sources, all relaying one claimant: Defence Intelligence of Ukraine (DIU)")]
    [InlineData("dprk-in-kursk-assaults", "2 sources, all relaying one claimant: Volodymyr Zelensky")]
    [InlineData("dprk-motive-combat-experience", "1 source, one claimant: Western intelligence officials (cited by CNN)")]
    [InlineData("dprk-troops-training-in-russia", "1 source from 2 independent claimants")]
    public void ClaimPagesShowTheIndependentSupportTheTextsGive(string id, string words)
    {
        Assert.Contains(words, Main($"claims/{id}/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims/dprk-30-killed-3-missing/index.html", "up to 30 soldiers")]
    [InlineData("claims/combined-attack-200-lost/index.html", "up to 200 soldiers")]
    [InlineData("claims/nearly-half-died-in-counterassaults/index.html", "nearly 50 per cent")]
    [InlineData("figures/dprk-share-killed/index.html", "nearly 50 per cent")]
    [InlineData("figures/dprk-troops-in-russia/index.html", "about 12,000")]
    public void HedgedFiguresReadWithTheirHedge(string page, string words)
    {
        Assert.Contains(words, Main(page), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTroopFiguresAreNotShownAsDisagreeing()
    {
        var text = Main("figures/dprk-troops-in-russia/index.html");
        Assert.Contains("agree", text, StringComparison.Ordinal);
        Assert.DoesNotContain("disagree", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("One report", Main("figures/dprk-troops-in-kursk-force/index.html"), StringComparison.Ordinal);
    }

    private string Main(string page) =>
        string.Join(' ', sites.AtRoot.Page(page).QuerySelector("main")!.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
