using System.Text;
using Briefing.Text;

namespace Briefing.Site.Articles;

/// <summary>
/// Renders a source article as HTML with every anchored quote highlighted and linked to its claim.
/// </summary>
/// <remarks>
/// <para>
/// Each quote becomes <c>&lt;mark class="quote quote-{stance}" id="{anchor}"&gt;</c> around exactly its
/// characters, followed right after its last character by a numbered link to the claim
/// (<c>&lt;a class="quote-ref" href="{url}"&gt;&lt;sup&gt;n&lt;/sup&gt;&lt;span class="ref-hint"&gt; (claim: {label})&lt;/span&gt;&lt;/a&gt;</c>),
/// where n numbers the markers in the order they appear (line, end, then id), so they read 1, 2, 3 even
/// where quotes nest. Each body paragraph has the id <c>para-{line}</c>. Quotes with identical spans or one inside another nest, the longer outside (identical spans by
/// id). A quote that partially crosses an earlier one is split: its first piece carries the id, later
/// pieces carry the extra class <c>quote-cont</c> and <c>data-quote="{anchor}"</c> instead. Links ending at
/// one position come in id order. Every text and attribute value is escaped, so the output is well-formed
/// XHTML whatever the article holds.
/// </para>
/// <para>
/// Highlights with an empty span, a span outside its line, or a span on a line that is not shown
/// (boilerplate or blank) are ignored. Numbering counts all remaining highlights passed, the headline's
/// included, so passing the same list to <see cref="RenderHeadline"/> and <see cref="RenderBody"/> gives
/// one sequence across the page. The output does not depend on the order of the highlights.
/// </para>
/// </remarks>
public static class ArticleHtml
{
    /// <summary>
    /// Renders the body: one <c>&lt;p&gt;</c> (followed by a newline) per line from line 1 on that is neither
    /// blank nor boilerplate, with the highlights on those lines. Highlights on the headline only count
    /// towards numbering.
    /// </summary>
    /// <param name="article">The article whose lines the highlight spans point into.</param>
    /// <param name="highlights">The anchored quotes, in any order.</param>
    /// <returns>The body's HTML; empty when the article has no body text.</returns>
    public static string RenderBody(ArticleText article, IReadOnlyList<QuoteHighlight> highlights)
    {
        var quotes = Number(article, highlights);
        var html = new StringBuilder();
        var next = 0;
        for (var line = 1; line < article.Lines.Count; line++)
        {
            if (!IsShown(article, line))
            {
                continue;
            }

            // Each paragraph has an id (its line number) so that a search hit in the article can lead to it.
            html.Append("<p id=\"").Append(ParagraphId(line)).Append("\">");
            AppendLine(html, article, line, quotes, ref next);
            html.Append("</p>\n");
        }

        return html.ToString();
    }

    /// <summary>The id of the paragraph that shows line <paramref name="line"/> of the text: <c>para-12</c>.</summary>
    public static string ParagraphId(int line) => "para-" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Renders the headline (line 0, as written) as inline HTML without a wrapping element, with its
    /// highlights. Highlights on other lines only count towards numbering.
    /// </summary>
    /// <param name="article">The article whose lines the highlight spans point into.</param>
    /// <param name="highlights">The anchored quotes, in any order.</param>
    /// <returns>The headline's inline HTML.</returns>
    public static string RenderHeadline(ArticleText article, IReadOnlyList<QuoteHighlight> highlights)
    {
        var quotes = Number(article, highlights);
        var html = new StringBuilder();
        var next = 0;
        AppendLine(html, article, 0, quotes, ref next);
        return html.ToString();
    }

    /// <summary>Appends line <paramref name="line"/>, consuming its run of <paramref name="quotes"/> from <paramref name="next"/>.</summary>
    private static void AppendLine(StringBuilder html, ArticleText article, int line, NumberedQuote[] quotes, ref int next)
    {
        while (next < quotes.Length && quotes[next].Line < line)
        {
            next++;
        }

        var first = next;
        while (next < quotes.Length && quotes[next].Line == line)
        {
            next++;
        }

        LineMarkup.Append(html, article.Lines[line], quotes.AsSpan(first, next - first));
    }

    /// <summary>Keeps the usable highlights, sorts them into reading order and numbers them from 1.</summary>
    private static NumberedQuote[] Number(ArticleText article, IReadOnlyList<QuoteHighlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(highlights);

        var usable = new List<QuoteHighlight>(highlights.Count);
        foreach (var highlight in highlights)
        {
            if (highlight is not null && IsUsable(article, highlight.Span))
            {
                usable.Add(highlight);
            }
        }

        // Numbers follow the markers, which stand where their quotes end: a quote nested in a longer one
        // gets the lower number, as the reader meets its marker first. The marks themselves open in
        // reading order, which LineMarkup needs.
        usable.Sort(NumberedQuote.CompareMarkerOrder);
        var quotes = new NumberedQuote[usable.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = new NumberedQuote(usable[i], i + 1);
        }

        Array.Sort(quotes, (a, b) => NumberedQuote.CompareReadingOrder(a.Highlight, b.Highlight));
        return quotes;
    }

    private static bool IsUsable(ArticleText article, TextSpan span) =>
        span.Line >= 0
        && span.Line < article.Lines.Count
        && span.Start >= 0
        && span.Start < span.End
        && span.End <= article.Lines[span.Line].Length
        && IsShown(article, span.Line);

    /// <summary>The headline is always shown; a body line unless it is blank or boilerplate.</summary>
    private static bool IsShown(ArticleText article, int line) =>
        line == 0 || (!article.IsBoilerplate(line) && !string.IsNullOrWhiteSpace(article.Lines[line]));
}
