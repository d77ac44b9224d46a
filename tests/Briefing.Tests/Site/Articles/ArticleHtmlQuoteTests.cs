using System.Xml.Linq;
using Briefing.Site.Articles;
using Briefing.Text;
using static Briefing.Tests.Site.Articles.HtmlFragment;

namespace Briefing.Tests.Site.Articles;

public class ArticleHtmlQuoteTests
{
    private static readonly ArticleText Article = new(
        "Talks stall\nThe minister said the talks failed yesterday in Geneva after a long night.",
        []);

    [Fact]
    public void SingleQuoteIsMarkedExactlyWithIdAndFollowedByItsLink()
    {
        var quote = Quote(Article, 1, "the talks failed", "q-c1-1", "contradicts");

        var html = ArticleHtml.RenderBody(Article, [quote]);

        Assert.Equal(
            "<p id=\"para-1\">The minister said <mark class=\"quote quote-contradicts\" id=\"q-c1-1\">the talks failed</mark>" +
            "<a class=\"quote-ref\" href=\"/claims/q-c1-1/#evidence\"><sup>1</sup><span class=\"ref-hint\"> (claim: Claim q-c1-1)</span></a>" +
            " yesterday in Geneva after a long night.</p>\n",
            html);
        var root = Parse(html);
        var mark = Assert.Single(root.Descendants("mark"));
        Assert.Equal("the talks failed", mark.Value);
        Assert.Equal("q-c1-1", (string?)mark.Attribute("id"));
        var link = Assert.IsType<XElement>(mark.NextNode);
        Assert.Equal("a", link.Name.LocalName);
        Assert.Equal(" (claim: Claim q-c1-1)", link.Element("span")?.Value);
        Assert.Equal("1", link.Element("sup")?.Value);
    }

    [Fact]
    public void IdenticalSpansNestByIdAndEachGetsALink()
    {
        var second = Quote(Article, 1, "talks failed", "q-b");
        var first = Quote(Article, 1, "talks failed", "q-a", "context");

        var root = Parse(ArticleHtml.RenderBody(Article, [second, first]));

        var outer = Assert.Single(root.Descendants("mark"), m => (string?)m.Attribute("id") == "q-a");
        Assert.Equal("quote quote-context", (string?)outer.Attribute("class"));
        var inner = Assert.Single(outer.Elements("mark"));
        Assert.Equal("q-b", (string?)inner.Attribute("id"));
        Assert.Equal("talks failed", inner.Value);
        Assert.Single(inner.Nodes());
        var links = Links(root);
        Assert.Equal([Url("q-a"), Url("q-b")], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal(["1", "2"], links.Select(a => a.Element("sup")!.Value));
        Assert.Same(outer, links[0].PreviousNode);
        Assert.Same(links[0], links[1].PreviousNode);
    }

    [Fact]
    public void ContainedQuoteNestsInsideTheLongerOneWithItsLinkInside()
    {
        var inner = Quote(Article, 1, "failed yesterday", "q-inner");
        var outer = Quote(Article, 1, "the talks failed yesterday in Geneva", "q-outer");

        var root = Parse(ArticleHtml.RenderBody(Article, [inner, outer]));

        var outerMark = Assert.Single(Pieces(root, "q-outer"));
        var innerMark = Assert.Single(Pieces(root, "q-inner"));
        Assert.Same(outerMark, innerMark.Parent);
        Assert.Equal("the talks failed yesterday in Geneva", TextOf(outerMark));
        Assert.Equal("failed yesterday", TextOf(innerMark));
        var innerLink = LinkTo(root, "q-inner");
        Assert.Same(outerMark, innerLink.Parent);
        Assert.Same(innerMark, innerLink.PreviousNode);
        Assert.Equal("1", innerLink.Element("sup")!.Value);
        var outerLink = LinkTo(root, "q-outer");
        Assert.Same(outerMark, outerLink.PreviousNode);
        Assert.Equal("2", outerLink.Element("sup")!.Value);
    }

    [Fact]
    public void QuotesSharingAStartNestLongerOutside()
    {
        var shorter = Quote(Article, 1, "the talks", "q-a");
        var longer = Quote(Article, 1, "the talks failed", "q-b");

        var root = Parse(ArticleHtml.RenderBody(Article, [shorter, longer]));

        var longerMark = Assert.Single(Pieces(root, "q-b"));
        Assert.Same(longerMark, Assert.Single(Pieces(root, "q-a")).Parent);
        // Markers are numbered in the order they appear: the shorter quote's marker comes first.
        Assert.Equal("2", LinkTo(root, "q-b").Element("sup")!.Value);
        Assert.Equal("1", LinkTo(root, "q-a").Element("sup")!.Value);
    }

    [Fact]
    public void LinksEndingAtOnePositionComeInIdOrder()
    {
        // Markers at one position come in id order, and their numbers follow them.
        var longer = Quote(Article, 1, "the talks failed", "q-z");
        var shorter = Quote(Article, 1, "failed", "q-a");

        var root = Parse(ArticleHtml.RenderBody(Article, [longer, shorter]));

        var links = Links(root);
        Assert.Equal([Url("q-a"), Url("q-z")], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal(["1", "2"], links.Select(a => a.Element("sup")!.Value));
        Assert.Same(Assert.Single(Pieces(root, "q-z")), links[0].PreviousNode);
    }

    [Fact]
    public void PartialCrossingSplitsTheLaterQuote()
    {
        var earlier = Quote(Article, 1, "talks failed yesterday", "q-b", "supports");
        var later = Quote(Article, 1, "yesterday in Geneva", "q-a", "contradicts");

        var html = ArticleHtml.RenderBody(Article, [later, earlier]);

        var root = Parse(html);
        var earlierMark = Assert.Single(Pieces(root, "q-b"));
        Assert.Equal("q-b", (string?)earlierMark.Attribute("id"));
        Assert.Equal("talks failed yesterday", TextOf(earlierMark));
        var laterPieces = Pieces(root, "q-a");
        Assert.Equal(2, laterPieces.Count);
        Assert.Equal("q-a", (string?)laterPieces[0].Attribute("id"));
        Assert.Equal("quote quote-contradicts", (string?)laterPieces[0].Attribute("class"));
        Assert.Same(earlierMark, laterPieces[0].Parent);
        Assert.Null(laterPieces[1].Attribute("id"));
        Assert.Equal("quote quote-contradicts quote-cont", (string?)laterPieces[1].Attribute("class"));
        Assert.Equal("yesterday in Geneva", string.Concat(laterPieces.Select(TextOf)));
        var earlierLink = LinkTo(root, "q-b");
        Assert.Same(earlierMark, earlierLink.PreviousNode);
        Assert.Same(laterPieces[1], earlierLink.NextNode);
        Assert.Same(laterPieces[1], LinkTo(root, "q-a").PreviousNode);
        Assert.Equal(1, html.Split(" id=\"q-a\"").Length - 1);
    }

    [Fact]
    public void QuoteCrossingTwoOthersIsSplitAtEachBoundary()
    {
        var first = Quote(Article, 1, "minister said the", "q-1");
        var second = Quote(Article, 1, "the talks failed", "q-2");
        var third = Quote(Article, 1, "said the talks failed yesterday", "q-3");

        var root = Parse(ArticleHtml.RenderBody(Article, [third, second, first]));

        foreach (var (id, text) in new[] { ("q-1", "minister said the"), ("q-2", "the talks failed"), ("q-3", "said the talks failed yesterday") })
        {
            var pieces = Pieces(root, id);
            Assert.Equal(id, (string?)pieces[0].Attribute("id"));
            Assert.All(pieces.Skip(1), p => Assert.Null(p.Attribute("id")));
            Assert.All(pieces.Skip(1), p => Assert.EndsWith(" quote-cont", (string?)p.Attribute("class"), StringComparison.Ordinal));
            Assert.Equal(text, string.Concat(pieces.Select(TextOf)));
            Assert.True(IsBefore(pieces[^1], LinkTo(root, id)));
        }

        Assert.True(Pieces(root, "q-3").Count > 1);
        Assert.Equal("The minister said the talks failed yesterday in Geneva after a long night.\n", TextOf(root));
    }
}
