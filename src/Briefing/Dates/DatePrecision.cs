namespace Briefing.Dates;

/// <summary>How much of a date an editor wrote: the whole day, only the month, or only the year.</summary>
public enum DatePrecision
{
    /// <summary>A particular day, written <c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary>Some day in a month, written <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>Some day in a year, written <c>YYYY</c>.</summary>
    Year,
}
