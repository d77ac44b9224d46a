using Briefing.Text;

namespace Briefing.Annotations;

/// <summary>
/// An article's text as the annotations count it: the stored file's lines joined with "\n" (a byte-order
/// mark and "\r" line ends dropped), measured in Unicode code points as the Web Annotation model asks.
/// </summary>
internal sealed class StoredText
{
    private readonly int[] _lineStarts;
    private readonly string _text;

    /// <summary>The text of <paramref name="article"/>.</summary>
    public StoredText(ArticleText article)
    {
        _text = string.Join('\n', article.Lines);
        _lineStarts = new int[article.Lines.Count];
        for (int i = 1, at = 0; i < _lineStarts.Length; i++)
        {
            at += article.Lines[i - 1].Length + 1;
            _lineStarts[i] = at;
        }
    }

    /// <summary>The whole text, as a string.</summary>
    public string Text => _text;

    /// <summary>Where <paramref name="span"/> stands in the whole text, in UTF-16 units.</summary>
    public (int Start, int End) Locate(TextSpan span) => (_lineStarts[span.Line] + span.Start, _lineStarts[span.Line] + span.End);

    /// <summary>The number of code points before UTF-16 offset <paramref name="offset"/>.</summary>
    public int CodePoints(int offset) => CountCodePoints(_text.AsSpan(0, offset));

    /// <summary>Up to <paramref name="count"/> code points ending at UTF-16 offset <paramref name="end"/>.</summary>
    public string Before(int end, int count)
    {
        var start = end;
        for (var n = 0; n < count && start > 0; n++)
        {
            start -= start >= 2 && char.IsSurrogatePair(_text[start - 2], _text[start - 1]) ? 2 : 1;
        }

        return _text[start..end];
    }

    /// <summary>Up to <paramref name="count"/> code points starting at UTF-16 offset <paramref name="start"/>.</summary>
    public string After(int start, int count)
    {
        var end = start;
        for (var n = 0; n < count && end < _text.Length; n++)
        {
            end += end + 1 < _text.Length && char.IsSurrogatePair(_text[end], _text[end + 1]) ? 2 : 1;
        }

        return _text[start..end];
    }

    private static int CountCodePoints(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++, n++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                i++;
            }
        }

        return n;
    }
}
