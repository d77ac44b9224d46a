using System.Globalization;
using System.Text;

namespace Briefing.Site.Articles;

/// <summary>
/// Writes one line of article text with its quotes highlighted. A single sweep over the quote
/// boundaries keeps a stack of open marks; when a quote ends beneath marks opened after it (a partial
/// crossing), those marks are closed and reopened as continuation pieces, so the markup stays well-formed.
/// </summary>
internal static class LineMarkup
{
    /// <summary>Appends <paramref name="line"/> escaped, with <paramref name="quotes"/> (valid spans, reading order) marked.</summary>
    public static void Append(StringBuilder html, string line, ReadOnlySpan<NumberedQuote> quotes)
    {
        if (quotes.IsEmpty)
        {
            HtmlEscape.Append(html, line);
            return;
        }

        // Starts come in reading order already; ends are visited by position, ties in link order.
        var ends = quotes.ToArray();
        Array.Sort(ends, CompareEndOrder);

        var open = new List<NumberedQuote>();
        var reopen = new List<NumberedQuote>();
        int next = 0, nextEnd = 0, written = 0;
        while (nextEnd < ends.Length)
        {
            var at = next < quotes.Length ? Math.Min(quotes[next].Start, ends[nextEnd].End) : ends[nextEnd].End;
            HtmlEscape.Append(html, line.AsSpan(written, at - written));
            written = at;

            var firstEnding = nextEnd;
            while (nextEnd < ends.Length && ends[nextEnd].End == at)
            {
                nextEnd++;
            }

            if (nextEnd > firstEnding)
            {
                CloseEnding(html, open, reopen, at, nextEnd - firstEnding);
                foreach (var ended in ends.AsSpan(firstEnding, nextEnd - firstEnding))
                {
                    AppendReference(html, ended);
                }

                // Popped top first; reopen bottom first so the stack keeps its order.
                for (var i = reopen.Count - 1; i >= 0; i--)
                {
                    AppendMarkStart(html, reopen[i], continuation: true);
                    open.Add(reopen[i]);
                }

                reopen.Clear();
            }

            while (next < quotes.Length && quotes[next].Start == at)
            {
                AppendMarkStart(html, quotes[next], continuation: false);
                open.Add(quotes[next]);
                next++;
            }
        }

        HtmlEscape.Append(html, line.AsSpan(written));
    }

    /// <summary>Pops marks until all <paramref name="count"/> quotes ending at <paramref name="at"/> are closed.</summary>
    private static void CloseEnding(StringBuilder html, List<NumberedQuote> open, List<NumberedQuote> reopen, int at, int count)
    {
        while (count > 0)
        {
            var top = open[^1];
            open.RemoveAt(open.Count - 1);
            html.Append("</mark>");
            if (top.End == at)
            {
                count--;
            }
            else
            {
                reopen.Add(top);
            }
        }
    }

    private static void AppendMarkStart(StringBuilder html, NumberedQuote quote, bool continuation)
    {
        var highlight = quote.Highlight;
        html.Append("<mark class=\"quote quote-");
        HtmlEscape.Append(html, highlight.StanceClass);
        if (continuation)
        {
            html.Append(" quote-cont\" data-quote=\"");
        }
        else
        {
            html.Append("\" id=\"");
        }

        HtmlEscape.Append(html, highlight.AnchorId);
        html.Append("\">");
    }

    private static void AppendReference(StringBuilder html, NumberedQuote quote)
    {
        var highlight = quote.Highlight;
        html.Append("<a class=\"quote-ref\" href=\"");
        HtmlEscape.Append(html, highlight.ClaimUrl);
        html.Append("\"><sup>");
        html.Append(quote.Number.ToString(CultureInfo.InvariantCulture));

        // The spoken name starts with the visible number (WCAG 2.5.3) and goes on to say where it leads.
        html.Append("</sup><span class=\"ref-hint\"> (claim: ");
        HtmlEscape.Append(html, highlight.ClaimLabel);
        html.Append(")</span></a>");
    }

    /// <summary>By end position; links at one position by id, then by number so duplicates stay stable.</summary>
    private static int CompareEndOrder(NumberedQuote a, NumberedQuote b)
    {
        var order = a.End.CompareTo(b.End);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Highlight.AnchorId, b.Highlight.AnchorId);
        }

        return order != 0 ? order : a.Number.CompareTo(b.Number);
    }
}
