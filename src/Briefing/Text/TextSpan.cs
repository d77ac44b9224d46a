namespace Briefing.Text;

/// <summary>
/// A run of characters in one line of an article, in the article's own (unfolded) characters,
/// so that the renderer can wrap exactly these characters in a highlight.
/// </summary>
/// <param name="Line">Zero-based line index; 0 is the headline.</param>
/// <param name="Start">Offset of the first character in <see cref="ArticleText.Lines"/>[<paramref name="Line"/>].</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
public readonly record struct TextSpan(int Line, int Start, int End)
{
    /// <summary>Number of original characters covered.</summary>
    public int Length => End - Start;
}
