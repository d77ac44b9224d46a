using System.Globalization;

namespace Briefing.Dates;

/// <summary>
/// Writes dates in English for readers, at the precision the editor gave: a range shares the month
/// or year its ends share (27–28 October 2024), the way an editor would write it by hand.
/// </summary>
internal static class EdtfDescriber
{
    private const string EnDash = "\u2013";

    // Between phrases of several words the dash is spaced, between single words it is not:
    // "27–28 October 2024" but "30 October – 2 November 2024".
    private const string SpacedEnDash = " " + EnDash + " ";

    /// <summary>The date in English, e.g. <c>c. August 2024</c> or <c>30 October – 2 November 2024</c>.</summary>
    public static string Describe(EdtfDate date)
    {
        if (date.End is not { } end)
        {
            return Full(date.Start);
        }

        var start = date.Start;

        // Sharing parts across a qualifier would blur which end it qualifies, and sharing across
        // precisions would read wrongly ("October – 15 November 2024"), so those ends are written in full.
        if (IsQualified(start) || IsQualified(end) || start.Precision != end.Precision)
        {
            return Full(start) + SpacedEnDash + Full(end);
        }

        return start.Precision switch
        {
            DatePrecision.Year => YearText(start) + EnDash + YearText(end),
            DatePrecision.Month => MonthRange(start, end),
            _ => DayRange(start, end),
        };
    }

    private static string MonthRange(EdtfPoint start, EdtfPoint end) =>
        start.Year == end.Year
            ? MonthName(start) + EnDash + MonthName(end) + " " + YearText(end)
            : Plain(start) + SpacedEnDash + Plain(end);

    private static string DayRange(EdtfPoint start, EdtfPoint end)
    {
        if (start.Year != end.Year)
        {
            return Plain(start) + SpacedEnDash + Plain(end);
        }

        return start.Month == end.Month
            ? DayText(start) + EnDash + DayText(end) + " " + MonthName(end) + " " + YearText(end)
            : DayText(start) + " " + MonthName(start) + SpacedEnDash + Plain(end);
    }

    private static bool IsQualified(EdtfPoint point) => point.Approximate || point.Uncertain;

    /// <summary>The point with its qualifier: "c." before an approximate one, "(uncertain)" after an uncertain one.</summary>
    private static string Full(EdtfPoint point) =>
        point.Approximate ? "c. " + Plain(point)
        : point.Uncertain ? Plain(point) + " (uncertain)"
        : Plain(point);

    /// <summary>The point at its own precision, without its qualifier.</summary>
    private static string Plain(EdtfPoint point) => point.Precision switch
    {
        DatePrecision.Year => YearText(point),
        DatePrecision.Month => MonthName(point) + " " + YearText(point),
        _ => DayText(point) + " " + MonthName(point) + " " + YearText(point),
    };

    // Readers expect "900", not the "0900" that the canonical text needs.
    private static string YearText(EdtfPoint point) => point.Year.ToString(CultureInfo.InvariantCulture);

    private static string MonthName(EdtfPoint point) => MonthNames.English(point.Month ?? 1);

    private static string DayText(EdtfPoint point) => (point.Day ?? 1).ToString(CultureInfo.InvariantCulture);
}
