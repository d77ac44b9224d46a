using System.Globalization;
using Briefing.Dates;
using Briefing.Model;

namespace Briefing.Site.Urls;

/// <summary>
/// Which page shows an event. Up to <see cref="MaxOnOnePage"/> events all stand on /chronology/; a longer
/// chronology is split by month, each month at <c>chronology/yyyy/mm/</c> and the events known only to the
/// year at <c>chronology/yyyy/</c>, so that no page grows past a few hundred events in a long briefing.
/// </summary>
public static class EventPages
{
    /// <summary>The most events the chronology shows on one page before it is split by month.</summary>
    public const int MaxOnOnePage = 500;

    /// <summary>The page of every event, by id; null when the chronology is one page.</summary>
    public static IReadOnlyDictionary<string, string>? For(IReadOnlyCollection<ChronologyEvent> events) =>
        events.Count <= MaxOnOnePage ? null : events.ToDictionary(e => e.Id, PathOf, StringComparer.Ordinal);

    /// <summary>The (year, month) an event is listed under; month 0 for a date known only to the year.</summary>
    public static (int Year, int Month) MonthOf(ChronologyEvent e) =>
        (e.Date.Earliest.Year, e.Date.Start.Precision == DatePrecision.Year ? 0 : e.Date.Earliest.Month);

    /// <summary>The site path of the page for a (year, month).</summary>
    public static string PathOf((int Year, int Month) month) => month.Month == 0
        ? string.Create(CultureInfo.InvariantCulture, $"chronology/{month.Year}/")
        : string.Create(CultureInfo.InvariantCulture, $"chronology/{month.Year}/{month.Month:D2}/");

    private static string PathOf(ChronologyEvent e) => PathOf(MonthOf(e));
}
