using System.Text;

namespace Briefing.Text;

/// <summary>
/// The non-boilerplate lines of an article, folded and joined by '\n' into one string, so that a quote
/// is found with a single ordinal search. Folded quotes never contain '\n', so no match can cross from
/// one line (paragraph) into the next.
/// </summary>
internal sealed class QuotableText
{
    private readonly string _joined;
    private readonly int[] _segmentStarts; // offset of each quotable line within _joined
    private readonly FoldedLine[] _segments;

    public QuotableText(IReadOnlyList<FoldedLine> quotableLines)
    {
        _segments = [.. quotableLines];
        _segmentStarts = new int[_segments.Length];
        var joined = new StringBuilder();
        for (var i = 0; i < _segments.Length; i++)
        {
            if (i > 0)
            {
                joined.Append('\n');
            }

            _segmentStarts[i] = joined.Length;
            joined.Append(_segments[i].Text);
        }

        _joined = joined.ToString();
    }

    /// <summary>The quotable lines, in article order.</summary>
    public IReadOnlyList<FoldedLine> Lines => _segments;

    /// <summary>
    /// Counts (overlapping) occurrences of a folded quote, up to <paramref name="cap"/>, and returns the
    /// first one's offset in the joined text, or -1.
    /// </summary>
    public (int First, int Count) Count(string foldedQuote, int cap)
    {
        var first = _joined.IndexOf(foldedQuote, StringComparison.Ordinal);
        if (first < 0)
        {
            return (-1, 0);
        }

        var count = 1;
        var at = first;
        while (count < cap && (at = _joined.IndexOf(foldedQuote, at + 1, StringComparison.Ordinal)) >= 0)
        {
            count++;
        }

        return (first, count);
    }

    /// <summary>Maps a match in the joined text back to a span of original characters.</summary>
    public TextSpan ToOriginal(int joinedStart, int length)
    {
        var segment = Array.BinarySearch(_segmentStarts, joinedStart);
        if (segment < 0)
        {
            // Not a line start: the match lies in the line that starts just before it.
            segment = ~segment - 1;
        }

        var local = joinedStart - _segmentStarts[segment];
        return _segments[segment].ToOriginal(local, local + length);
    }
}
