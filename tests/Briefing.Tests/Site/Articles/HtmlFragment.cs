using System.Text;
using System.Xml.Linq;
using Briefing.Site.Articles;
using Briefing.Text;

namespace Briefing.Tests.Site.Articles;

/// <summary>Builds highlights and reads rendered fragments back as XML (the markup must be well-formed).</summary>
internal static class HtmlFragment
{
    public static XElement Parse(string html) => XElement.Parse("<root>" + html + "</root>", LoadOptions.PreserveWhitespace);

    public static QuoteHighlight Quote(ArticleText article, int line, string quote, string id, string stance = "supports")
    {
        var start = article.Lines[line].IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in line {line}");
        return new QuoteHighlight(new TextSpan(line, start, start + quote.Length), id, Url(id), "Claim " + id, stance);
    }

    public static string Url(string id) => "/claims/" + id + "/#evidence";

    /// <summary>Every piece of the quote <paramref name="id"/>: its first mark (with the id), then its continuations.</summary>
    public static List<XElement> Pieces(XElement root, string id) =>
        [.. root.Descendants("mark").Where(m => (string?)m.Attribute("id") == id || (string?)m.Attribute("data-quote") == id)];

    public static List<XElement> Links(XElement root) =>
        [.. root.Descendants("a").Where(a => (string?)a.Attribute("class") == "quote-ref")];

    public static XElement LinkTo(XElement root, string id) => Assert.Single(Links(root), a => (string?)a.Attribute("href") == Url(id));

    /// <summary>The article text inside <paramref name="element"/>, leaving out the reference links' numbers.</summary>
    public static string TextOf(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes().OfType<XText>())
        {
            if (!node.Ancestors("a").Any())
            {
                text.Append(node.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>True when <paramref name="first"/> comes before <paramref name="second"/> in document order.</summary>
    public static bool IsBefore(XNode first, XNode second) => XNode.DocumentOrderComparer.Compare(first, second) < 0;
}
