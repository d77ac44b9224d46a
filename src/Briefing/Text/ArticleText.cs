namespace Briefing.Text;

/// <summary>
/// A source article prepared for anchoring quotes: split into lines (line 0 is the headline, each
/// further line a paragraph), with boilerplate lines marked and the quotable text folded once, so that
/// the many quotes pointing at one article each cost a single search. Immutable after construction,
/// so <see cref="Find"/> may be called from several threads at once.
/// </summary>
public sealed class ArticleText
{
    /// <summary>Counting occurrences stops here; beyond it the exact number does not help the editor.</summary>
    public const int MaxCountedOccurrences = 100;

    private readonly string[] _lines;
    private readonly bool[] _boilerplate;
    private readonly FoldedLine[] _folded;
    private readonly QuotableText _quotable;

    /// <summary>Prepares <paramref name="text"/>, treating the body lines listed in <paramref name="boilerplate"/> as furniture.</summary>
    /// <param name="text">The article file's content; '\n' or "\r\n" line ends.</param>
    /// <param name="boilerplate">Exact lines (compared trimmed) that are not part of the article proper.</param>
    public ArticleText(string text, IReadOnlyCollection<string> boilerplate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(boilerplate);
        _lines = SplitLines(text);
        (_boilerplate, var missing) = BoilerplateLines.Classify(_lines, boilerplate);
        _folded = [.. _lines.Select((line, index) => QuoteFolding.FoldLine(index, line))];
        _quotable = new QuotableText([.. _folded.Where(line => !_boilerplate[line.LineIndex])]);
        Lines = Array.AsReadOnly(_lines);
        MissingBoilerplate = Array.AsReadOnly(missing);
        Headline = _lines[0].Trim();
    }

    /// <summary>The lines as written, without line ends; never empty (an empty text is one empty line).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The first line, trimmed.</summary>
    public string Headline { get; }

    /// <summary>Boilerplate entries that match no body line, each once, in the order given.</summary>
    public IReadOnlyList<string> MissingBoilerplate { get; }

    /// <summary>True when line <paramref name="lineIndex"/> is boilerplate (never for the headline).</summary>
    public bool IsBoilerplate(int lineIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineIndex, _lines.Length);
        return _boilerplate[lineIndex];
    }

    /// <summary>Looks a quote up in the quotable text; see <see cref="QuoteMatch"/> for the outcomes.</summary>
    public QuoteMatch Find(string quote)
    {
        var folded = QuoteFolding.FoldQuote(quote);
        if (folded.Length == 0)
        {
            return QuoteMatch.NotFound(null);
        }

        var (first, count) = _quotable.Count(folded, MaxCountedOccurrences);
        if (count > 0)
        {
            var span = _quotable.ToOriginal(first, folded.Length);
            return count == 1 ? QuoteMatch.Found(span) : QuoteMatch.Ambiguous(span, count);
        }

        // Only on the error path: say *why* it is not found, which is worth the extra work.
        return FirstBoilerplateLineWith(folded) is { } line
            ? QuoteMatch.InBoilerplate(line)
            : QuoteMatch.NotFound(NearestPassage.Find(folded, _quotable.Lines));
    }

    /// <summary>True when the quote occurs in the quotable text at least once; cheaper than <see cref="Find"/> when it does not.</summary>
    public bool Contains(string quote)
    {
        var folded = QuoteFolding.FoldQuote(quote);
        return folded.Length > 0 && _quotable.Count(folded, 1).Count > 0;
    }

    private int? FirstBoilerplateLineWith(string foldedQuote)
    {
        foreach (var line in _folded)
        {
            if (_boilerplate[line.LineIndex] && line.Text.Contains(foldedQuote, StringComparison.Ordinal))
            {
                return line.LineIndex;
            }
        }

        return null;
    }

    /// <summary>Splits on '\n', dropping one trailing '\r' per line and a leading byte-order mark.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = (text.StartsWith('\uFEFF') ? text[1..] : text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }
}
