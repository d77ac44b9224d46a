namespace Briefing.Text;

/// <summary>The outcome of looking a quote up in an <see cref="ArticleText"/>.</summary>
/// <param name="Kind">Which of the four outcomes this is.</param>
/// <param name="Span">
/// Where the quote is, in original characters: the single occurrence when <see cref="QuoteMatchKind.Found"/>,
/// the first occurrence when <see cref="QuoteMatchKind.Ambiguous"/>; otherwise null.
/// </param>
/// <param name="Occurrences">
/// How often the quote occurs in the quotable (non-boilerplate) text; the scan stops at
/// <see cref="ArticleText.MaxCountedOccurrences"/>.
/// </param>
/// <param name="BoilerplateLine">The first boilerplate line holding the quote, for <see cref="QuoteMatchKind.InBoilerplate"/>.</param>
/// <param name="NearestPassage">
/// For <see cref="QuoteMatchKind.NotFound"/>: the original text most like the quote, to show the editor;
/// null when there is nothing to compare with.
/// </param>
public sealed record QuoteMatch(
    QuoteMatchKind Kind,
    TextSpan? Span,
    int Occurrences,
    int? BoilerplateLine,
    string? NearestPassage)
{
    /// <summary>The quote occurs once, at <paramref name="span"/>.</summary>
    public static QuoteMatch Found(TextSpan span) => new(QuoteMatchKind.Found, span, 1, null, null);

    /// <summary>The quote occurs <paramref name="occurrences"/> times, the first at <paramref name="first"/>.</summary>
    public static QuoteMatch Ambiguous(TextSpan first, int occurrences) =>
        new(QuoteMatchKind.Ambiguous, first, occurrences, null, null);

    /// <summary>The quote occurs only in boilerplate, first in line <paramref name="line"/>.</summary>
    public static QuoteMatch InBoilerplate(int line) => new(QuoteMatchKind.InBoilerplate, null, 0, line, null);

    /// <summary>The quote does not occur; <paramref name="nearestPassage"/> is the closest text, if any.</summary>
    public static QuoteMatch NotFound(string? nearestPassage) =>
        new(QuoteMatchKind.NotFound, null, 0, null, nearestPassage);
}
