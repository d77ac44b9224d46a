using Briefing.Text;

namespace Briefing.Tests.Text;

public class ArticleTextBoilerplateTests
{
    private const string Text =
        "Ceasefire talks open\n" +
        "  Share this article  \n" +
        "Delegations met in Geneva on Tuesday.\n" +
        "Share this article\n" +
        "Advertisement\n" +
        "They agreed to meet again.";

    [Fact]
    public void LinesMatchingATrimmedEntryAreBoilerplateEveryTime()
    {
        var article = new ArticleText(Text, [" Share this article", "Advertisement\t"]);

        Assert.False(article.IsBoilerplate(0));
        Assert.True(article.IsBoilerplate(1));
        Assert.False(article.IsBoilerplate(2));
        Assert.True(article.IsBoilerplate(3));
        Assert.True(article.IsBoilerplate(4));
        Assert.False(article.IsBoilerplate(5));
        Assert.Empty(article.MissingBoilerplate);
    }

    [Fact]
    public void ComparisonWithEntriesIsOrdinal()
    {
        var article = new ArticleText(Text, ["share this article"]);

        Assert.False(article.IsBoilerplate(1));
        Assert.Equal(["share this article"], article.MissingBoilerplate);
    }

    [Fact]
    public void EntriesMatchingNoBodyLineAreMissingInGivenOrderOnce()
    {
        var article = new ArticleText(Text, ["Subscribe now", "Advertisement", "Read more", "Subscribe now"]);

        Assert.Equal(["Subscribe now", "Read more"], article.MissingBoilerplate);
    }

    [Fact]
    public void EntryMatchingOnlyTheHeadlineIsMissingAndHeadlineStaysQuotable()
    {
        var article = new ArticleText(Text, ["Ceasefire talks open"]);

        Assert.Equal(["Ceasefire talks open"], article.MissingBoilerplate);
        Assert.False(article.IsBoilerplate(0));
        Assert.Equal(QuoteMatchKind.Found, article.Find("Ceasefire talks").Kind);
    }

    [Fact]
    public void QuoteInBoilerplateReportsTheFirstBoilerplateLine()
    {
        var article = new ArticleText(Text, ["Share this article"]);

        var match = article.Find("this article");

        Assert.Equal(QuoteMatchKind.InBoilerplate, match.Kind);
        Assert.Equal(1, match.BoilerplateLine);
        Assert.Null(match.Span);
    }

    [Fact]
    public void SameQuoteIsAmbiguousWhenThoseLinesAreNotBoilerplate()
    {
        var article = new ArticleText(Text, []);

        Assert.Equal(QuoteMatchKind.Ambiguous, article.Find("this article").Kind);
    }

    [Fact]
    public void QuoteInBodyAndBoilerplateIsFoundInTheBody()
    {
        var article = new ArticleText("Head\nAdvertisement\nThe Advertisement board met.", ["Advertisement"]);

        var match = article.Find("Advertisement");

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(new TextSpan(2, 4, 17), match.Span);
    }

    [Fact]
    public void CrlfLinesMatchEntriesAndLoseTheirCarriageReturn()
    {
        var article = new ArticleText(Text.Replace("\n", "\r\n", StringComparison.Ordinal), ["Advertisement"]);

        Assert.Equal("Advertisement", article.Lines[4]);
        Assert.True(article.IsBoilerplate(4));
        Assert.Empty(article.MissingBoilerplate);
        Assert.Equal("Ceasefire talks open", article.Headline);
    }

    [Fact]
    public void HeadlineIsFirstLineTrimmed()
    {
        var article = new ArticleText("\uFEFF  Ceasefire talks open \nBody", []);

        Assert.Equal("Ceasefire talks open", article.Headline);
        Assert.Equal(2, article.Lines.Count);
    }

    [Fact]
    public void EmptyTextHasOneEmptyLineAndNoPassage()
    {
        var article = new ArticleText("", ["Advertisement"]);

        Assert.Equal([""], article.Lines);
        Assert.Equal("", article.Headline);
        Assert.Equal(["Advertisement"], article.MissingBoilerplate);
        Assert.Equal(QuoteMatch.NotFound(null), article.Find("anything"));
    }

    [Fact]
    public void LineIndexOutOfRangeIsRejected()
    {
        var article = new ArticleText(Text, []);

        Assert.Throws<ArgumentOutOfRangeException>(() => article.IsBoilerplate(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => article.IsBoilerplate(-1));
    }
}
