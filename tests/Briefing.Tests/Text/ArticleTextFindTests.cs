using Briefing.Text;

namespace Briefing.Tests.Text;

public class ArticleTextFindTests
{
    private const string Text =
        "Troops  \u201Cwithdraw\u201D from Kursk\n" +
        "The minister said \u201Cwe will not retreat\u201D on Monday.\n" +
        "\n" +
        "Fighting in 2024\u20132025 cost\u00A0 many lives; the army\u2019s losses grew.\n" +
        "The talks failed. The talks failed. The talks resumed.\n";

    private static readonly ArticleText Article = new(Text, []);

    private static string Original(TextSpan span) => Article.Lines[span.Line][span.Start..span.End];

    [Fact]
    public void FoundQuoteMapsToExactOriginalCharacters()
    {
        var match = Article.Find("said \"we will not retreat\" on");

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(1, match.Occurrences);
        var span = Assert.NotNull(match.Span);
        Assert.Equal(1, span.Line);
        Assert.Equal("said \u201Cwe will not retreat\u201D on", Original(span));
    }

    [Fact]
    public void FoundInHeadline()
    {
        var match = Article.Find("Troops \"withdraw\" from");

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        var span = Assert.NotNull(match.Span);
        Assert.Equal(0, span.Line);
        Assert.Equal("Troops  \u201Cwithdraw\u201D from", Original(span));
    }

    [Fact]
    public void DashApostropheAndNoBreakSpaceRunMapBackToFullOriginalRun()
    {
        var match = Article.Find("2024-2025 cost many lives; the army's losses");

        var span = Assert.NotNull(match.Span);
        Assert.Equal(3, span.Line);
        Assert.Equal("2024\u20132025 cost\u00A0 many lives; the army\u2019s losses", Original(span));
    }

    [Fact]
    public void SpanExcludesWhiteSpaceOutsideTheQuote()
    {
        var match = Article.Find("  withdraw\u201D from Kursk \n");

        var span = Assert.NotNull(match.Span);
        Assert.Equal("withdraw\u201D from Kursk", Original(span));
    }

    [Fact]
    public void CaseIsSignificant()
    {
        var match = Article.Find("the minister said");

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
    }

    [Fact]
    public void QuoteOccurringTwiceIsAmbiguousWithCountAndFirstSpan()
    {
        var match = Article.Find("talks failed");

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(2, match.Occurrences);
        Assert.Equal(new TextSpan(4, 4, 16), match.Span);
    }

    [Fact]
    public void QuoteOccurringThreeTimesIsAmbiguousWithCountThree()
    {
        var match = Article.Find("The talks");

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(3, match.Occurrences);
    }

    [Fact]
    public void OverlappingOccurrencesCount()
    {
        var article = new ArticleText("Headline\nabababa", []);

        Assert.Equal(3, article.Find("aba").Occurrences);
    }

    [Fact]
    public void OccurrenceCountIsCapped()
    {
        var article = new ArticleText("Headline\n" + new string('a', 1000), []);

        var match = article.Find("a");

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(ArticleText.MaxCountedOccurrences, match.Occurrences);
    }

    [Fact]
    public void QuoteCannotSpanTwoLines()
    {
        var match = Article.Find("on Monday.\nFighting in");

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.Equal(QuoteMatchKind.Found, Article.Find("on Monday.").Kind);
        Assert.Equal(QuoteMatchKind.Found, Article.Find("Fighting in").Kind);
    }

    [Fact]
    public void QuoteCannotSpanALineLeftOutAsBoilerplate()
    {
        var article = new ArticleText("Head\nfirst part\nAdvertisement\nsecond part", ["Advertisement"]);

        Assert.Equal(QuoteMatchKind.NotFound, article.Find("first part second part").Kind);
        Assert.Equal(QuoteMatchKind.NotFound, article.Find("part\nsecond").Kind);
    }

    [Fact]
    public void EmptyQuoteIsNotFoundWithoutPassage()
    {
        var match = Article.Find(" \u00A0\n");

        Assert.Equal(QuoteMatch.NotFound(null), match);
    }

    [Fact]
    public void CrlfTextIsSearchedWithoutCarriageReturns()
    {
        var article = new ArticleText("Head\r\nOne line.\r\nTwo lines.\r\n", []);

        Assert.Equal("One line.", article.Lines[1]);
        Assert.Equal(QuoteMatchKind.NotFound, article.Find("line. Two").Kind);
        Assert.Equal(new TextSpan(2, 0, 10), article.Find("Two lines.").Span);
    }

    [Fact]
    public void FindIsSafeFromSeveralThreads()
    {
        var quotes = new[] { "said \"we will not retreat\" on", "talks failed", "nowhere to be seen", "Kursk" };
        var expected = quotes.Select(Article.Find).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel().Select(i => Article.Find(quotes[i % 4])).ToArray();

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(expected[x.i % 4], x.r));
    }
}
