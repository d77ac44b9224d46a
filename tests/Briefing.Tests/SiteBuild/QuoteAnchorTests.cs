using AngleSharp.Dom;

namespace Briefing.Tests.SiteBuild;

/// <summary>Every quote is anchored both ways: from the claim to its place in the source, and from that place back to the claim.</summary>
[Collection(SeedSitesGroup.Name)]
public sealed class QuoteAnchorTests(SeedSites sites)
{
    [Fact]
    public void EveryEvidenceLinksToItsHighlightedQuoteAndBack()
    {
        var site = sites.UnderPath;
        var content = Validation.BriefingValidator.Validate(Support.RepoPaths.Root).Briefing.Content;
        var evidenceCount = 0;
        foreach (var claim in content.Claims)
        {
            var claimPage = site.Page($"claims/{claim.Id}/index.html");
            for (var i = 1; i <= claim.Evidence.Count; i++)
            {
                var source = claim.Evidence[i - 1].Source.Id;
                var anchor = $"q-{claim.Id}-{i}";
                var link = claimPage.QuerySelector($"a[href='{site.BasePath}sources/{source}/#{anchor}']");
                Assert.True(link is not null, $"claim {claim.Id} has no link to {anchor}");

                var mark = site.Page($"sources/{source}/index.html").GetElementById(anchor);
                Assert.True(mark is { LocalName: "mark" }, $"source {source} has no mark #{anchor}");
                Assert.Equal(Fold(claim.Evidence[i - 1].Quote), Fold(QuoteText(mark!)));

                var back = BackLink(mark!);
                Assert.Equal($"{site.BasePath}claims/{claim.Id}/#evidence-{i}", back);
                Assert.NotNull(claimPage.GetElementById($"evidence-{i}"));
                evidenceCount++;
            }
        }

        Assert.True(evidenceCount > 69);
    }

    [Fact]
    public void BoilerplateNeverReachesTheSourcePage()
    {
        var page = sites.AtRoot.Page("sources/zelensky-kursk-assaults-video-2024/index.html");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Join Our Newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HMS Trent helps hurricane-hit Jamaica", text, StringComparison.Ordinal);
        Assert.Contains("Eight Chechen Spetsnaz troops were killed", text, StringComparison.Ordinal);
    }

    // A quote split around an overlapping one continues in marks that name it in data-quote.
    private static string QuoteText(IElement mark) =>
        string.Concat(mark.Owner!.QuerySelectorAll("mark")
            .Where(m => m == mark || m.GetAttribute("data-quote") == mark.Id)
            .Select(OwnText));

    // The text of a mark without the reference numbers of quotes that end inside it.
    private static string OwnText(INode node) => node switch
    {
        IElement { LocalName: "a" } a when a.ClassList.Contains("quote-ref") => "",
        IElement e => string.Concat(e.ChildNodes.Select(OwnText)),
        _ => node.TextContent,
    };

    private static string? BackLink(IElement mark)
    {
        var id = mark.Id;
        var doc = mark.Owner!;
        return doc.QuerySelectorAll("a.quote-ref")
            .Select(a => a.GetAttribute("href"))
            .FirstOrDefault(h => h is not null && id is not null && h.EndsWith("#evidence-" + id[(id.LastIndexOf('-') + 1)..], StringComparison.Ordinal)
                && h.Contains("/claims/" + id[2..id.LastIndexOf('-')] + "/", StringComparison.Ordinal));
    }

    private static string Fold(string s) => Briefing.Text.QuoteFolding.FoldQuote(s);
}
