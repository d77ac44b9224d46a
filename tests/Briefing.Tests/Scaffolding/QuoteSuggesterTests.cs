using Briefing.Scaffolding;
using Briefing.Text;

namespace Briefing.Tests.Scaffolding;

/// <summary>The example quote of a new claim: a sentence of the article that occurs once and no claim quotes yet.</summary>
public sealed class QuoteSuggesterTests
{
    [Theory]
    [InlineData("One sentence. Two sentences!", new[] { "One sentence.", "Two sentences!" })]
    [InlineData("Said on Oct. 16 that it was so. Next one", new[] { "Said on Oct. 16 that it was so.", "Next one" })]
    [InlineData("  Trimmed  ", new[] { "Trimmed" })]
    [InlineData("Is it? yes it is", new[] { "Is it? yes it is" })]
    public void SentencesEndBeforeACapital(string paragraph, string[] expected) =>
        Assert.Equal(expected, QuoteSuggester.Sentences(paragraph));

    [Fact]
    public void SkipsBoilerplateRepeatsShortLinesAndWhatIsQuotedAlready()
    {
        var article = new ArticleText(
            "The headline of the article\nSubscribe to our newsletter today\nShort line.\nThe mayor spoke today. The mayor spoke today. The port reopened after two years.\n",
            ["Subscribe to our newsletter today"]);
        Assert.Equal("The port reopened after two years.", QuoteSuggester.Suggest(article, []));
        Assert.Equal("The headline of the article", QuoteSuggester.Suggest(article, ["The port reopened after two years."]));
        Assert.Null(QuoteSuggester.Suggest(article, ["The port reopened after two years.", "The headline of the article"]));
    }

    [Fact]
    public void LongSentenceIsCutAtAWord()
    {
        var sentence = string.Join(' ', Enumerable.Range(1, 40).Select(i => "word" + i)) + ".";
        var article = new ArticleText("Headline\n" + sentence + "\n", []);
        var quote = QuoteSuggester.Suggest(article, [])!;
        Assert.True(quote.Length <= QuoteSuggester.MaxLength);
        Assert.StartsWith(quote + " ", sentence, StringComparison.Ordinal);
        Assert.Equal(QuoteMatchKind.Found, article.Find(quote).Kind);
    }
}
