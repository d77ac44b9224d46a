using System.Globalization;
using Briefing.Dates;
using Briefing.Site.Charts;
using Briefing.Site.Html;
using Briefing.Site.Models;
using Briefing.Site.Rendering;

namespace Briefing.Site.Pages;

/// <summary>The chronology: events by year and month, and a two-lane timeline of events and publications.</summary>
internal static class ChronologyPageBuilder
{
    public static PageSpec Build(ModelFactory f, PageMetaFactory meta)
    {
        var events = f.Data.Events;
        var years = events.GroupBy(e => e.Date.Earliest.Year)
            .Select(y => new YearGroupModel(
                y.Key.ToString(CultureInfo.InvariantCulture),
                $"y{y.Key}",
                [.. y.GroupBy(MonthKey).Select(m => new MonthGroupModel(MonthLabel(y.Key, m.Key), $"y{y.Key}-m{m.Key}", [.. m.Select(f.Event)]))]))
            .ToList();
        var timeline = TimelineSvg.TwoLanes("chronology",
            [.. events.Select(e => new TimelineItem(MarkdownRenderer.PlainText(e.Title), e.Date, f.Urls.LinkTo("event", e.Id)))],
            [.. f.Data.Sources.Select(s => new TimelineItem(s.Title, s.Published, f.Urls.LinkTo("source", s.Id)))],
            "When it happened",
            "When sources reported it");
        var model = new ChronologyModel(new HtmlString(timeline), years, [.. f.Data.Sources.Select(f.Source)]);
        return new PageSpec(PageMetaFactory.OutputOf("chronology/"), "chronology", model,
            meta.For("Chronology", "Every event in date order, each at the precision its sources allow.", "chronology/", "chronology"));
    }

    // A date known only to the year is grouped under the year itself (month 0), before its months.
    private static int MonthKey(Briefing.Model.ChronologyEvent e) =>
        e.Date.Start.Precision == DatePrecision.Year ? 0 : e.Date.Earliest.Month;

    private static string MonthLabel(int year, int month) =>
        month == 0 ? $"Some time in {year}" : new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
