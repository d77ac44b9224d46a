using System.Text;
using System.Xml.Linq;
using Briefing.Site.Articles;
using Briefing.Text;
using static Briefing.Tests.Site.Articles.HtmlFragment;

namespace Briefing.Tests.Site.Articles;

public class ArticleHtmlSafetyTests
{
    [Fact]
    public void ArticleTextLabelAndUrlAreEscaped()
    {
        const string Line = "He wrote <script>alert(1)</script> and said \"it's fine\" & left.";
        var article = new ArticleText("<b>Head</b>\n" + Line, []);
        const string Url = "/claims/x/?a=1&b=\"2\"#ev<script>";
        const string Label = "Says \"no\" to <script>alert(1)</script> & 'more'";
        var start = Line.IndexOf("<script>", StringComparison.Ordinal);
        var quote = new QuoteHighlight(new TextSpan(1, start, start + "<script>alert(1)</script>".Length), "q-\"x\"", Url, Label, "supports");

        var html = ArticleHtml.RenderBody(article, [quote]);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;it&#39;s fine&quot; &amp; left.", html, StringComparison.Ordinal);
        var root = Parse(html);
        Assert.Equal(Line + "\n", TextOf(root));
        var mark = Assert.Single(root.Descendants("mark"));
        Assert.Equal("<script>alert(1)</script>", mark.Value);
        Assert.Equal("q-\"x\"", (string?)mark.Attribute("id"));
        var link = Assert.Single(Links(root));
        Assert.Equal(Url, (string?)link.Attribute("href"));
        Assert.Equal($" (claim: {Label})", link.Element("span")?.Value);
        Assert.Equal("&lt;b&gt;Head&lt;/b&gt;", ArticleHtml.RenderHeadline(article, []));
    }

    [Fact]
    public void OutputDoesNotDependOnTheOrderOfHighlights()
    {
        var (article, highlights) = Crowded(lines: 6, perLine: 12, seed: 7);
        var expected = ArticleHtml.RenderBody(article, highlights);
        var expectedHeadline = ArticleHtml.RenderHeadline(article, highlights);

        var random = new Random(11);
        for (var round = 0; round < 20; round++)
        {
            var shuffled = highlights.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, ArticleHtml.RenderBody(article, shuffled));
            Assert.Equal(expectedHeadline, ArticleHtml.RenderHeadline(article, shuffled));
        }

        Assert.Contains("quote-cont", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusableSpansAreIgnoredWithoutThrowing()
    {
        var article = new ArticleText("Head\nShort line.\nAnother.", []);
        var plain = ArticleHtml.RenderBody(article, []);
        QuoteHighlight At(int line, int start, int end) => new(new TextSpan(line, start, end), "q", "/c", "c", "context");
        QuoteHighlight[] bad =
        [
            At(-1, 0, 2), At(3, 0, 2), At(99, 0, 2), At(1, -1, 3), At(1, 5, 99), At(1, 6, 4), At(1, 4, 4),
            At(1, int.MinValue, int.MaxValue), At(int.MaxValue, 0, 1), null!,
        ];

        Assert.Equal(plain, ArticleHtml.RenderBody(article, bad));
        Assert.Equal("Head", ArticleHtml.RenderHeadline(article, bad));
        var oneGood = ArticleHtml.RenderBody(article, [.. bad, At(1, 0, 5)]);
        Assert.Equal("1", Assert.Single(Links(Parse(oneGood))).Element("sup")!.Value);
    }

    [Fact]
    public void RandomOverlapsAlwaysGiveWellFormedCompleteQuotes()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var (article, highlights) = Crowded(lines: 2, perLine: 1 + (seed % 9), seed);
            var root = Parse(ArticleHtml.RenderBody(article, highlights));

            Assert.Equal(string.Concat(article.Lines.Skip(1).Select(line => line + "\n")), TextOf(root));
            Assert.DoesNotContain(root.Descendants("a").SelectMany(a => a.Descendants()), e => e.Name != "sup" && (e.Name != "span" || (string?)e.Attribute("class") != "ref-hint"));
            var numbers = Links(root).Select(a => int.Parse(a.Element("sup")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Order();
            Assert.Equal(Enumerable.Range(1, highlights.Length), numbers);
            foreach (var quote in highlights)
            {
                var pieces = Pieces(root, quote.AnchorId);
                var expected = article.Lines[quote.Span.Line][quote.Span.Start..quote.Span.End];
                Assert.Equal(quote.AnchorId, (string?)pieces[0].Attribute("id"));
                Assert.Equal(1, root.Descendants().Count(e => (string?)e.Attribute("id") == quote.AnchorId));
                Assert.All(pieces.Skip(1), p => Assert.Contains("quote-cont", (string?)p.Attribute("class"), StringComparison.Ordinal));
                Assert.Equal(expected, string.Concat(pieces.Select(TextOf)));
                var link = LinkTo(root, quote.AnchorId);
                Assert.True(IsBefore(pieces[^1], link), $"seed {seed}: link of {quote.AnchorId} precedes its last piece");
                Assert.Equal(expected.Length, TextBetween(root, pieces[0], link).Length);
            }
        }
    }

    [Fact]
    public void TwentyKilobytesWithTwoHundredHighlightsGiveTwoHundredNumberedLinksAndOneIdPerQuote()
    {
        var (article, highlights) = Crowded(lines: 41, perLine: 5, seed: 3);
        Assert.True(article.Lines.Sum(l => l.Length) > 20_000);
        Assert.Equal(200, highlights.Length);

        var root = Parse(ArticleHtml.RenderBody(article, highlights));

        Assert.Equal(string.Concat(article.Lines.Skip(1).Select(line => line + "\n")), TextOf(root));
        var numbers = Links(root).Select(a => int.Parse(a.Element("sup")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, 200), numbers);
        // Paragraphs carry ids of their own; every other id is a quote's, on its first mark.
        var ids = root.Descendants().Where(e => e.Name != "p").Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(200, ids.Count);
        foreach (var quote in highlights)
        {
            Assert.Single(ids, id => id == quote.AnchorId);
            Assert.Equal(quote.AnchorId, (string?)Pieces(root, quote.AnchorId)[0].Attribute("id"));
            LinkTo(root, quote.AnchorId);
        }
    }

    /// <summary>Article text from the start of <paramref name="first"/> up to <paramref name="last"/>, reference numbers left out.</summary>
    private static string TextBetween(XElement root, XElement first, XElement last) =>
        string.Concat(root.DescendantNodes().OfType<XText>()
            .Where(t => !IsBefore(t, first) && IsBefore(t, last) && !t.Ancestors("a").Any())
            .Select(t => t.Value));

    /// <summary>Lines of about 540 characters with many random, often overlapping, spans on the body lines.</summary>
    private static (ArticleText Article, QuoteHighlight[] Highlights) Crowded(int lines, int perLine, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("Headline with a quote\n");
        for (var line = 1; line < lines; line++)
        {
            for (var word = 0; word < 60; word++)
            {
                text.Append(Invariant(random.Next(100_000))).Append(word % 7 == 6 ? "<&> " : "\"w' ");
            }

            text.Append('\n');
        }

        var article = new ArticleText(text.ToString().TrimEnd('\n'), []);
        var highlights = new List<QuoteHighlight>();
        var stances = new[] { "supports", "contradicts", "context" };
        for (var line = 1; line < article.Lines.Count; line++)
        {
            var length = article.Lines[line].Length;
            for (var i = 0; i < perLine; i++)
            {
                var start = random.Next(Math.Min(length - 1, 60));
                var end = random.Next(start + 1, Math.Min(length, start + 40) + 1);
                if (i % 4 == 3 && highlights.Count > 0 && highlights[^1].Span.Line == line)
                {
                    (start, end) = (highlights[^1].Span.Start, highlights[^1].Span.End);
                }

                var id = $"q-{line}-{i}";
                highlights.Add(new QuoteHighlight(new TextSpan(line, start, end), id, Url(id), "Claim " + id, stances[i % 3]));
            }
        }

        return (article, [.. highlights]);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
