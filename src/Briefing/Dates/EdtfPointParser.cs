using System.Globalization;
using static Briefing.Dates.ParseErrorText;

namespace Briefing.Dates;

/// <summary>
/// Reads one point (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, then at most one <c>~</c> or <c>?</c>).
/// Checks run from shape to value, so that an error names the first thing the editor should fix.
/// </summary>
internal static class EdtfPointParser
{
    /// <summary>Reads <paramref name="text"/>; returns null and a point, or an error and no point.</summary>
    public static string? Parse(string text, out EdtfPoint? point)
    {
        point = null;
        if (text.Contains('%', StringComparison.Ordinal))
        {
            return $"{Quote(text)} uses %, which Briefing does not support; end it with ~ if approximate or ? if uncertain";
        }

        var approximate = text.EndsWith('~');
        var uncertain = text.EndsWith('?');
        var body = approximate || uncertain ? text[..^1] : text;
        if (body.EndsWith('~') || body.EndsWith('?'))
        {
            return $"{Quote(text)} has more than one qualifier; end it with a single ~ (approximate) or ? (uncertain)";
        }

        // At most three parts are split off, so a long run of dashes costs nothing.
        var parts = body.Split('-', 4);
        if (parts.Length > 3 || !Array.TrueForAll(parts, IsAsciiDigits))
        {
            return $"{Quote(text)} is not a date; {Forms}";
        }

        return ShapeProblem(text, parts)
            ?? ValueProblem(text, parts, approximate, uncertain, out point);
    }

    // Only ASCII 0-9: char.IsDigit would also accept Arabic-Indic and full-width digits.
    private static bool IsAsciiDigits(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    /// <summary>Checks the number of digits in each part; the parts are known to be ASCII digits.</summary>
    private static string? ShapeProblem(string text, string[] parts)
    {
        var pattern = parts.Length switch { 1 => "YYYY", 2 => "YYYY-MM", _ => "YYYY-MM-DD" };
        if (parts[0].Length > 4)
        {
            return $"{Quote(text)} is outside the years Briefing supports; write a year from 0001 to 9999";
        }

        if (parts[0].Length < 4)
        {
            return $"{Quote(text)} is not a date: the year needs four digits, as in {pattern}";
        }

        if (Array.TrueForAll(parts[1..], p => p.Length == 2))
        {
            return null;
        }

        // A one-digit month or day is a common slip; suggest the padded form when that is a real date.
        // The padded form has no one-digit parts, so this recurses at most once.
        var padded = string.Join('-', parts.Select((p, i) => i > 0 && p.Length == 1 ? "0" + p : p));
        var hint = padded != string.Join('-', parts) && Parse(padded, out _) is null
            ? $"e.g. {padded}"
            : $"as in {pattern}";
        return $"{Quote(text)} is not a date: months and days need two digits, {hint}";
    }

    /// <summary>Checks that the year, month and day exist; their digits are known to be well formed.</summary>
    private static string? ValueProblem(
        string text, string[] parts, bool approximate, bool uncertain, out EdtfPoint? point)
    {
        point = null;
        var year = ToInt(parts[0]);
        if (year == 0)
        {
            return $"{Quote(text)} is outside the years Briefing supports; write a year from 0001 to 9999";
        }

        int? month = parts.Length > 1 ? ToInt(parts[1]) : null;
        if (month is < 1 or > 12)
        {
            return $"{Quote(text)} is not a month: months run from 01 to 12";
        }

        int? day = parts.Length > 2 ? ToInt(parts[2]) : null;
        if (day is { } d && month is { } m && (d < 1 || d > DateTime.DaysInMonth(year, m)))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{Quote(text)} is not a day: {MonthNames.English(m)} {year} has {DateTime.DaysInMonth(year, m)} days");
        }

        point = new EdtfPoint(year, month, day, approximate, uncertain);
        return null;
    }

    // The part is at most four ASCII digits, so this cannot overflow and needs no culture.
    private static int ToInt(string digits) => digits.Aggregate(0, (value, c) => (value * 10) + (c - '0'));
}
