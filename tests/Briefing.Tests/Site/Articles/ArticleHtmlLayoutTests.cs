using Briefing.Site.Articles;
using Briefing.Text;
using static Briefing.Tests.Site.Articles.HtmlFragment;

namespace Briefing.Tests.Site.Articles;

public class ArticleHtmlLayoutTests
{
    private static readonly ArticleText Article = new(
        "Ceasefire talks open in Geneva\r\n" +
        "Share this article\r\n" +
        "Delegations met on Tuesday.\r\n" +
        "\r\n" +
        "   \t\r\n" +
        "Advertisement\r\n" +
        "They agreed to meet again.\r\n",
        ["Share this article", "Advertisement"]);

    [Fact]
    public void BoilerplateAndBlankLinesAreLeftOut()
    {
        var html = ArticleHtml.RenderBody(Article, []);

        Assert.Equal("<p id=\"para-2\">Delegations met on Tuesday.</p>\n<p id=\"para-6\">They agreed to meet again.</p>\n", html);
    }

    [Fact]
    public void BodyLeavesOutTheHeadline()
    {
        var html = ArticleHtml.RenderBody(Article, [Quote(Article, 0, "talks open", "q-h")]);

        Assert.DoesNotContain("Ceasefire", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HighlightOnABoilerplateLineIsIgnoredAndNotNumbered()
    {
        var hidden = Quote(Article, 1, "this article", "q-hidden");
        var shown = Quote(Article, 2, "met on Tuesday", "q-shown");

        var root = Parse(ArticleHtml.RenderBody(Article, [hidden, shown]));

        Assert.Empty(Pieces(root, "q-hidden"));
        Assert.Equal("1", LinkTo(root, "q-shown").Element("sup")!.Value);
        Assert.Single(Links(root));
    }

    [Fact]
    public void HeadlineIsInlineWithItsOwnHighlightsOnly()
    {
        var inHeadline = Quote(Article, 0, "talks open", "q-h");
        var inBody = Quote(Article, 2, "Delegations met", "q-b");

        var headline = ArticleHtml.RenderHeadline(Article, [inBody, inHeadline]);

        Assert.Equal(
            "Ceasefire <mark class=\"quote quote-supports\" id=\"q-h\">talks open</mark>" +
            "<a class=\"quote-ref\" href=\"/claims/q-h/#evidence\"><sup>1</sup><span class=\"ref-hint\"> (claim: Claim q-h)</span></a> in Geneva",
            headline);
    }

    [Fact]
    public void NumbersRunFromTheHeadlineThroughTheBodyInReadingOrder()
    {
        var highlights = new[]
        {
            Quote(Article, 6, "meet again", "q-a"),
            Quote(Article, 2, "on Tuesday", "q-b"),
            Quote(Article, 0, "Geneva", "q-c"),
            Quote(Article, 2, "Delegations", "q-d"),
        };

        var headline = Parse(ArticleHtml.RenderHeadline(Article, highlights));
        var body = Parse(ArticleHtml.RenderBody(Article, highlights));

        Assert.Equal("1", LinkTo(headline, "q-c").Element("sup")!.Value);
        Assert.Equal(["2", "3", "4"], Links(body).Select(a => a.Element("sup")!.Value));
        Assert.Equal([Url("q-d"), Url("q-b"), Url("q-a")], Links(body).Select(a => (string?)a.Attribute("href")));
    }

    [Fact]
    public void HeadlineWithoutHighlightsIsItsEscapedText()
    {
        var article = new ArticleText("Q&A: \"why\" <now>\nBody.", []);

        Assert.Equal("Q&amp;A: &quot;why&quot; &lt;now&gt;", ArticleHtml.RenderHeadline(article, []));
    }
}
