using static Briefing.Dates.ParseErrorText;

namespace Briefing.Dates;

/// <summary>
/// Reads the supported EDTF subset: a point, or a range of two points. Errors are returned, never
/// thrown, and each says what is wrong and how to fix it, because editors read them in the build output.
/// </summary>
internal static class EdtfParser
{
    private const string RangeExample = "e.g. 2024-10/2024-11";

    /// <summary>Reads <paramref name="text"/>; returns null and a date, or an error and no date.</summary>
    public static string? Parse(string? text, out EdtfDate? date)
    {
        date = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return "no date given; " + Forms;
        }

        // Checked first: "14/05/2024" would otherwise read as a range with too many ends.
        if (EditorDateForms.Explain(trimmed) is { } written)
        {
            return written;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return ParseRange(trimmed, slash, out date);
        }

        var error = EdtfPointParser.Parse(trimmed, out var point);
        if (point is not null)
        {
            date = new EdtfDate(point);
        }

        return error;
    }

    private static string? ParseRange(string text, int slash, out EdtfDate? date)
    {
        date = null;
        if (text.IndexOf('/', slash + 1) >= 0)
        {
            return $"{Quote(text)} has more than one '/'; a range has exactly two ends, {RangeExample}";
        }

        var first = text[..slash];
        var second = text[(slash + 1)..];
        if (IsOpen(first) || IsOpen(second))
        {
            return $"{Quote(text)} is an open range; give both ends, {RangeExample}";
        }

        // Surrounding whitespace is forgiven for the whole text only; say so rather than quote "2024 ".
        if (first.Length != first.Trim().Length || second.Length != second.Trim().Length)
        {
            return $"{Quote(text)} has spaces around '/'; write the range without them, e.g. {first.Trim()}/{second.Trim()}";
        }

        var error = EdtfPointParser.Parse(first, out var start);
        if (start is null)
        {
            return error;
        }

        error = EdtfPointParser.Parse(second, out var end);
        if (end is null)
        {
            return error;
        }

        // Checked before construction, because the constructor throws on a backwards range.
        error = EdtfDate.RangeProblem(start, end);
        if (error is null)
        {
            date = new EdtfDate(start, end);
        }

        return error;
    }

    // EDTF writes an open end as "..", or leaves it empty; Briefing needs both ends to sort and show a range.
    private static bool IsOpen(string end) => end.Length == 0 || end == "..";
}
