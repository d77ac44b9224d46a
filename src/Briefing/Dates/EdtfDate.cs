using System.Diagnostics.CodeAnalysis;

namespace Briefing.Dates;

/// <summary>
/// A date as editors write it in briefing content: a day, month or year, possibly approximate or
/// uncertain, or a range <c>A/B</c> of two such points (a subset of ISO 8601-2 / EDTF level 1).
/// Dates sort by their earliest possible day, then by their latest (so a narrower span comes first),
/// then exact before approximate before uncertain, then by canonical text.
/// </summary>
/// <param name="Start">The date, or the start of the range.</param>
/// <param name="End">The end of the range, or null when the date is a single point.</param>
/// <exception cref="ArgumentNullException"><paramref name="Start"/> is null.</exception>
/// <exception cref="ArgumentException">The range starts after it ends, or starts and ends on the same span.</exception>
public sealed record EdtfDate(EdtfPoint Start, EdtfPoint? End) : IComparable<EdtfDate>
{
    // Get-only, and validated together, so that no instance is a range that runs backwards.

    /// <summary>The date, or the start of the range.</summary>
    public EdtfPoint Start { get; } = Start ?? throw new ArgumentNullException(nameof(Start));

    /// <summary>The end of the range, or null when the date is a single point.</summary>
    public EdtfPoint? End { get; } = ValidatedEnd(Start, End);

    /// <summary>Makes a date that is a single point.</summary>
    /// <param name="point">The day, month or year.</param>
    public EdtfDate(EdtfPoint point)
        : this(point, null)
    {
    }

    /// <summary>Sorts dates in site order; the same order as <see cref="CompareTo"/>.</summary>
    public static IComparer<EdtfDate> Comparer { get; } = Comparer<EdtfDate>.Default;

    /// <summary>True when the date is a range <c>A/B</c>.</summary>
    [MemberNotNullWhen(true, nameof(End))]
    public bool IsRange => End is not null;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => Start.Earliest;

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => (End ?? Start).Latest;

    /// <summary>
    /// The start as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, without qualifiers, for the
    /// <c>datetime</c> attribute of an HTML <c>time</c> element (which cannot hold a range).
    /// </summary>
    public string MachineReadable => Start.DateText;

    /// <summary>
    /// Reads a date. Never throws: on failure <paramref name="error"/> says, for an editor, what is
    /// wrong and how to fix it. Surrounding whitespace is ignored; nothing else is forgiven.
    /// </summary>
    /// <param name="text">The text as the editor wrote it.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <param name="error">What is wrong, when the text is not valid.</param>
    /// <returns>True when the text is a valid date.</returns>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out EdtfDate? date,
        [NotNullWhen(false)] out string? error)
    {
        error = EdtfParser.Parse(text, out date);
        return error is null;
    }

    /// <summary>Reads a date that is known to be valid, such as a literal in code.</summary>
    /// <param name="text">The text of the date.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a valid date; the message says why.</exception>
    public static EdtfDate Parse(string? text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>The canonical text, e.g. <c>2024-10~/2024-11</c>.</summary>
    public string ToEdtf() => End is null ? Start.ToEdtf() : Start.ToEdtf() + "/" + End.ToEdtf();

    /// <summary>The canonical text.</summary>
    public override string ToString() => ToEdtf();

    /// <summary>The date in English at its own precision, e.g. <c>27–28 October 2024</c>.</summary>
    public string Describe() => EdtfDescriber.Describe(this);

    /// <inheritdoc/>
    public int CompareTo(EdtfDate? other) => EdtfOrder.Compare(this, other);

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(EdtfDate? left, EdtfDate? right) => EdtfOrder.Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(EdtfDate? left, EdtfDate? right) => EdtfOrder.Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(EdtfDate? left, EdtfDate? right) => EdtfOrder.Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(EdtfDate? left, EdtfDate? right) => EdtfOrder.Compare(left, right) >= 0;

    /// <summary>
    /// Why <paramref name="start"/>/<paramref name="end"/> is not a range, or null when it is one.
    /// The parser and the constructor share it, so both refuse the same ranges.
    /// </summary>
    internal static string? RangeProblem(EdtfPoint start, EdtfPoint end)
    {
        // A range is refused only when it certainly runs backwards; 2024-10-16/2024-10 can still be true.
        if (start.Earliest > end.Latest)
        {
            return $"the range starts ({start.ToEdtf()}) after it ends ({end.ToEdtf()}); "
                + $"put the earlier end first: {end.ToEdtf()}/{start.ToEdtf()}";
        }

        if (start.Earliest == end.Earliest && start.Latest == end.Latest)
        {
            return $"the range starts and ends on the same {start.Precision.ToString().ToLowerInvariant()} "
                + $"({start.ToEdtf()}/{end.ToEdtf()}); write a single date, e.g. {start.ToEdtf()}";
        }

        return null;
    }

    // The parameters are named like the record's, so that an exception names the argument the caller passed.
    private static EdtfPoint? ValidatedEnd(EdtfPoint? Start, EdtfPoint? End)
    {
        if (Start is not null && End is not null && RangeProblem(Start, End) is { } problem)
        {
            throw new ArgumentException(problem, nameof(End));
        }

        return End;
    }
}
