namespace Briefing.Site.Articles;

/// <summary>A usable highlight with its 1-based number in the article's reading order.</summary>
internal sealed record NumberedQuote(QuoteHighlight Highlight, int Number)
{
    public int Line => Highlight.Span.Line;

    public int Start => Highlight.Span.Start;

    public int End => Highlight.Span.End;

    /// <summary>Reading order: by line, then start; at one start the longer (outer) quote first, then by id.</summary>
    public static int CompareReadingOrder(QuoteHighlight a, QuoteHighlight b)
    {
        var order = a.Span.Line.CompareTo(b.Span.Line);
        if (order == 0)
        {
            order = a.Span.Start.CompareTo(b.Span.Start);
        }

        if (order == 0)
        {
            order = b.Span.End.CompareTo(a.Span.End);
        }

        return order != 0 ? order : CompareFields(a, b);
    }

    /// <summary>The order markers appear in: by line, then end (where a marker stands), then id, then the rest.</summary>
    public static int CompareMarkerOrder(QuoteHighlight a, QuoteHighlight b)
    {
        var order = a.Span.Line.CompareTo(b.Span.Line);
        if (order == 0)
        {
            order = a.Span.End.CompareTo(b.Span.End);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.AnchorId, b.AnchorId);
        }

        if (order == 0)
        {
            order = b.Span.Start.CompareTo(a.Span.Start);
        }

        return order != 0 ? order : CompareFields(a, b);
    }

    /// <summary>Total order on everything but the span, so even duplicated ids sort the same every time.</summary>
    public static int CompareFields(QuoteHighlight a, QuoteHighlight b)
    {
        var order = string.CompareOrdinal(a.AnchorId, b.AnchorId);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.ClaimUrl, b.ClaimUrl);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.ClaimLabel, b.ClaimLabel);
        }

        return order != 0 ? order : string.CompareOrdinal(a.StanceClass, b.StanceClass);
    }
}
