using System.Globalization;

namespace Briefing.Dates;

/// <summary>
/// A day, a month or a year, possibly approximate (<c>~</c>) or uncertain (<c>?</c>):
/// a whole <see cref="EdtfDate"/>, or one end of a range.
/// </summary>
/// <param name="Year">The year, 1 to 9999.</param>
/// <param name="Month">The month, 1 to 12, or null when only the year is known.</param>
/// <param name="Day">The day of the month, or null when only the month or year is known.</param>
/// <param name="Approximate">True when the editor marked the point <c>~</c>.</param>
/// <param name="Uncertain">True when the editor marked the point <c>?</c>.</param>
/// <exception cref="ArgumentOutOfRangeException">The parts do not name a real day, month or year.</exception>
/// <exception cref="ArgumentException">Both <paramref name="Approximate"/> and <paramref name="Uncertain"/> are set.</exception>
public sealed record EdtfPoint(int Year, int? Month, int? Day, bool Approximate, bool Uncertain)
{
    // The properties are redeclared get-only, and the constructor validates all parts at once, so that
    // neither `new` nor a `with` expression can make a point without canonical text (2024-02-30, a day
    // without a month, or both qualifiers, which the supported subset has no way to write).

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; } = Validated(Year, Month, Day, Approximate, Uncertain);

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month { get; } = Month;

    /// <summary>The day of the month, or null when only the month or year is known.</summary>
    public int? Day { get; } = Day;

    /// <summary>True when the editor marked the point <c>~</c>.</summary>
    public bool Approximate { get; } = Approximate;

    /// <summary>True when the editor marked the point <c>?</c>.</summary>
    public bool Uncertain { get; } = Uncertain;

    /// <summary>Whether the point is a day, a month or a year.</summary>
    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The first day the point can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the point can mean.</summary>
    public DateOnly Latest
    {
        get
        {
            var month = Month ?? 12;
            return new DateOnly(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
        }
    }

    /// <summary>The canonical text, e.g. <c>2024-10~</c>.</summary>
    public string ToEdtf() => DateText + (Approximate ? "~" : Uncertain ? "?" : string.Empty);

    /// <summary>The canonical text.</summary>
    public override string ToString() => ToEdtf();

    /// <summary>The canonical text without its qualifier: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    internal string DateText
    {
        get
        {
            var text = Year.ToString("D4", CultureInfo.InvariantCulture);
            if (Month is { } month)
            {
                text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
            }

            if (Day is { } day)
            {
                text += "-" + day.ToString("D2", CultureInfo.InvariantCulture);
            }

            return text;
        }
    }

    // The parameters are named like the record's, so that an exception names the argument the caller passed.
    private static int Validated(int Year, int? Month, int? Day, bool Approximate, bool Uncertain)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Year, 9999);
        if (Month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(Month), Month, "A month runs from 1 to 12.");
        }

        if (Day is { } day)
        {
            if (Month is not { } month)
            {
                throw new ArgumentOutOfRangeException(nameof(Day), Day, "A day needs a month.");
            }

            if (day < 1 || day > DateTime.DaysInMonth(Year, month))
            {
                throw new ArgumentOutOfRangeException(nameof(Day), Day, "The month has no such day.");
            }
        }

        if (Approximate && Uncertain)
        {
            throw new ArgumentException("A point is approximate or uncertain, not both.", nameof(Uncertain));
        }

        return Year;
    }
}
