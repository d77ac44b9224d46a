namespace Briefing.Text;

/// <summary>
/// One line of an article in folded form, together with the way back to the original characters.
/// Immutable, so it can be shared by threads searching the same article.
/// </summary>
internal sealed class FoldedLine
{
    // _starts[i] is the original offset where folded character i begins. A folded space stands for a
    // whole white-space run and points at the run's first character. _starts[Text.Length] is the
    // original length, so "where the next folded character begins" is always defined and a span's end
    // is simply _starts[foldedEnd]. The array may be longer than needed; the tail is unused.
    private readonly int[] _starts;

    internal FoldedLine(int lineIndex, string original, string text, int[] starts)
    {
        LineIndex = lineIndex;
        Original = original;
        Text = text;
        _starts = starts;
    }

    /// <summary>Index of the line in the article (0 = headline).</summary>
    public int LineIndex { get; }

    /// <summary>The line as written (trailing '\r' removed).</summary>
    public string Original { get; }

    /// <summary>The folded line; see <see cref="QuoteFolding"/>.</summary>
    public string Text { get; }

    /// <summary>Maps the folded range [<paramref name="start"/>, <paramref name="end"/>) back to original characters.</summary>
    public TextSpan ToOriginal(int start, int end) => new(LineIndex, _starts[start], _starts[end]);

    /// <summary>The original characters behind the folded range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string OriginalSlice(int start, int end) => Original[_starts[start].._starts[end]];
}
