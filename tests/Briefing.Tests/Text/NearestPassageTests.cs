using System.Text;
using Briefing.Text;

namespace Briefing.Tests.Text;

public class NearestPassageTests
{
    private const string Text =
        "Russia reclaims border villages\n" +
        "Officials in Moscow gave no figures for their own losses.\n" +
        "Some 11,000 North Korean soldiers made their way to Kursk in response to the incursion.\n" +
        "Advertisement\n" +
        "Ukraine said its forces still held positions near Sudzha.";

    [Fact]
    public void NearMissShowsThePassageItProbablyMeant()
    {
        var article = new ArticleText(Text, ["Advertisement"]);

        var match = article.Find("Some 11000 North Korean soldiers went to Kursk");

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.NotNull(match.NearestPassage);
        Assert.StartsWith("Some 11,000 North Korean soldiers", match.NearestPassage, StringComparison.Ordinal);
    }

    [Fact]
    public void PassageIsOriginalTextOfOneLine()
    {
        var article = new ArticleText(Text, ["Advertisement"]);

        var match = article.Find("Ukraine said its troops still held positions near Sudzha");

        Assert.Equal("Ukraine said its forces still held positions near Sudzha.", match.NearestPassage);
    }

    [Fact]
    public void PassageKeepsOriginalPunctuationAndSpacing()
    {
        var article = new ArticleText("Head\nHe called it \u201Ca  total\u00A0failure\u201D, aides said.", []);

        var match = article.Find("He called it \"a total fiasco\"");

        Assert.Equal("He called it \u201Ca  total\u00A0failure\u201D,", match.NearestPassage);
    }

    [Fact]
    public void PassageNeverComesFromBoilerplate()
    {
        var article = new ArticleText("Head\nSubscribe to our newsletter today\nThe river rose overnight.", ["Subscribe to our newsletter today"]);

        var match = article.Find("Subscribe to our newsletters today");

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.DoesNotContain("newsletter", match.NearestPassage, StringComparison.Ordinal);
    }

    [Fact]
    public void NoQuotableWordsMeansNoPassage()
    {
        var article = new ArticleText("   \nAdvertisement\n\n", ["Advertisement"]);

        var match = article.Find("anything at all");

        Assert.Equal(QuoteMatch.NotFound(null), match);
    }

    [Theory]
    [InlineData("alpha beta cab\nalpha beta cot", "alpha beta cab")]
    [InlineData("alpha beta cot\nalpha beta cab", "alpha beta cot")]
    public void TiesGoToTheFirstOccurrence(string body, string expected)
    {
        var article = new ArticleText("Head\n" + body, []);

        Assert.Equal(expected, article.Find("alpha beta cat").NearestPassage);
    }

    [Fact]
    public void NearMissInALongArticleShowsTheLineItMeant()
    {
        var article = new ArticleText(LongArticle(50_000), []);
        var line = article.Lines[article.Lines.Count / 2];
        var original = line[..Math.Min(line.Length, 300)];
        original = original[..original.LastIndexOf(' ')];
        var quote = "X" + original[1..20] + "Q" + original[21..^2] + "ZZ";

        var match = article.Find(quote);

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.Equal(original, match.NearestPassage);
    }

    [Fact]
    public void UnrelatedQuoteInALongArticleGetsAPassageOfOneLineAboutAsLongAsTheQuote()
    {
        var text = LongArticle(50_000);
        var article = new ArticleText(text, []);
        var quote = string.Join(' ', Enumerable.Repeat("zebra quagga okapi", 20))[..300];
        var quoteWords = quote.Split(' ').Length;

        var match = article.Find(quote);

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        var passage = Assert.IsType<string>(match.NearestPassage);
        Assert.Contains(article.Lines.Skip(1), l => l.Contains(passage, StringComparison.Ordinal));
        Assert.InRange(passage.Split(' ').Length, 1, quoteWords + 1);
        Assert.True(char.IsAsciiLetterLower(passage[0]), passage);
        Assert.Equal(passage, article.Find(quote).NearestPassage);
    }

    /// <summary>About <paramref name="length"/> characters of pseudo-prose: long lines of made-up words.</summary>
    internal static string LongArticle(int length, int seed = 7)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 400)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(2, 10)).Select(_ => (char)('a' + random.Next(26)))]))
            .ToArray();
        var text = new StringBuilder("Headline of a long article\n");
        while (text.Length < length)
        {
            var lineWords = random.Next(20, 120);
            for (var i = 0; i < lineWords; i++)
            {
                text.Append(words[random.Next(words.Length)]).Append(i + 1 < lineWords ? " " : ".\n");
            }
        }

        return text.ToString();
    }
}
