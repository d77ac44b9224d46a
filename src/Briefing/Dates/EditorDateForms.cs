using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Dates;

/// <summary>
/// Dates as editors copy them from articles ("Oct 16, 2024", "16 October 2024", "14/05/2024",
/// "2024/10/16"), recognised so that the error can say exactly what to write instead. When day and
/// month could be either way round (05/06/2024), both readings are given: guessing would be worse.
/// </summary>
internal static partial class EditorDateForms
{
    /// <summary>What to write instead of <paramref name="text"/>, or null when it is not one of these forms.</summary>
    public static string? Explain(string text)
    {
        if (MonthFirst().Match(text) is { Success: true } mf)
        {
            return Written(text, Month(mf.Groups["month"].Value), mf.Groups["day"].Value, mf.Groups["year"].Value);
        }

        if (DayFirst().Match(text) is { Success: true } df)
        {
            return Written(text, Month(df.Groups["month"].Value), df.Groups["day"].Value, df.Groups["year"].Value);
        }

        if (YearFirst().Match(text) is { Success: true } yf)
        {
            return Written(text, int.Parse(yf.Groups["month"].Value, CultureInfo.InvariantCulture), yf.Groups["day"].Value, yf.Groups["year"].Value, $"; '{yf.Groups["sep"].Value}' is not a separator in dates");
        }

        return Numeric().Match(text) is { Success: true } n ? Numbers(text, n) : null;
    }

    // 14/05/2024, 05/14/2024, 05/06/2024, 14.05.2024, 14-05-2024: the year last, day and month in some order.
    private static string? Numbers(string text, Match n)
    {
        var a = int.Parse(n.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(n.Groups["b"].Value, CultureInfo.InvariantCulture);
        var year = n.Groups["year"].Value;
        var dayFirst = Iso(year, b, a);
        var monthFirst = Iso(year, a, b);
        if (dayFirst is not null && monthFirst is not null && a != b)
        {
            return $"{ParseErrorText.Quote(text)} is not a date, and day and month could be either way round: "
                + $"write {dayFirst} ({Spoken(dayFirst)}) or {monthFirst} ({Spoken(monthFirst)}), year first";
        }

        var only = dayFirst ?? monthFirst;
        return only is null ? null : $"{ParseErrorText.Quote(text)} is not a date: write it as {only}, year first";
    }

    private static string? Written(string text, int month, string day, string year, string why = "")
    {
        var iso = day.Length == 0 ? MonthOnly(year, month) : Iso(year, month, int.Parse(day, CultureInfo.InvariantCulture));
        return iso is null ? null : $"{ParseErrorText.Quote(text)} is not a date: write it as {iso}{why}";
    }

    private static string? Iso(string year, int month, int day) =>
        year.Length == 4 && month is >= 1 and <= 12 && int.Parse(year, CultureInfo.InvariantCulture) is > 0 and var y
            && day >= 1 && day <= DateTime.DaysInMonth(y, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}")
            : null;

    private static string? MonthOnly(string year, int month) =>
        year.Length == 4 && month is >= 1 and <= 12 ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}") : null;

    private static string Spoken(string iso) =>
        string.Create(CultureInfo.InvariantCulture, $"{int.Parse(iso[8..], CultureInfo.InvariantCulture)} {MonthNames.English(int.Parse(iso[5..7], CultureInfo.InvariantCulture))}");

    // 0 when the word is no month: Iso and MonthOnly then refuse it.
    private static int Month(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < 12; i++)
        {
            var full = MonthNames.English(i + 1).ToLowerInvariant();
            if (lower.Length >= 3 && (full.StartsWith(lower, StringComparison.Ordinal) || (lower == "sept" && i == 8)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // "Oct 16, 2024", "October 16 2024", "Oct. 16, 2024", "October 2024".
    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9}\.?)\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    // "16 October 2024", "16 Oct. 2024", "16th October, 2024".
    [GeneratedRegex(@"^(?<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // "2024/10/16", "2024.10.16".
    [GeneratedRegex(@"^(?<year>\d{4})(?<sep>[/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    // "14/05/2024", "14.05.2024", "14-05-2024".
    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
