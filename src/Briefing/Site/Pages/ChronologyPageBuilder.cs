using System.Globalization;
using Briefing.Model;
using Briefing.Site.Charts;
using Briefing.Site.Html;
using Briefing.Site.Models;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>
/// The chronology: events by year and month, and a two-lane timeline of events and publications. A long
/// chronology (see <see cref="EventPages"/>) becomes an overview of months at /chronology/ and one page
/// per month, each with its own timeline and the sources published that month.
/// </summary>
internal static class ChronologyPageBuilder
{
    private const string Description = "Every event in date order, each at the precision its sources allow.";

    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        var events = f.Data.Events;
        if (f.Urls.EventPages is null)
        {
            yield return new PageSpec(PageMetaFactory.OutputOf("chronology/"), "chronology",
                Model(f, events, f.Data.Sources, [], null, null, null), meta.For("Chronology", Description, "chronology/", "chronology"));
            yield break;
        }

        var months = events.GroupBy(EventPages.MonthOf).ToList();
        var sourcesByMonth = f.Data.Sources.ToLookup(s => (s.Published.Earliest.Year, s.Published.Earliest.Month));
        var overview = months.GroupBy(m => m.Key.Year)
            .Select(y => new ChronologyYearModel(Year(y.Key), [.. y.Select(m => new ChronologyMonthLinkModel(MonthLabel(m.Key), f.Urls.Link(EventPages.PathOf(m.Key)), m.Count()))]))
            .ToList();
        yield return new PageSpec(PageMetaFactory.OutputOf("chronology/"), "chronology",
            Model(f, [], [], overview, null, null, null), meta.For("Chronology", Description, "chronology/", "chronology"));
        for (var i = 0; i < months.Count; i++)
        {
            var key = months[i].Key;
            var path = EventPages.PathOf(key);
            LinkModel? Neighbour(int j) => j >= 0 && j < months.Count ? new LinkModel(f.Urls.Link(EventPages.PathOf(months[j].Key)), MonthLabel(months[j].Key)) : null;
            var published = key.Month == 0 ? [] : sourcesByMonth[key].ToList();
            yield return new PageSpec(PageMetaFactory.OutputOf(path), "chronology",
                Model(f, [.. months[i]], published, [], Neighbour(i - 1), Neighbour(i + 1), f.Urls.Link("chronology/")),
                meta.For($"Chronology: {MonthLabel(key)}", Description, path, "chronology"));
        }
    }

    private static ChronologyModel Model(ModelFactory f, IReadOnlyList<ChronologyEvent> events, IReadOnlyList<Source> sources,
        List<ChronologyYearModel> overview, LinkModel? previous, LinkModel? next, string? allMonths)
    {
        var years = events.GroupBy(e => e.Date.Earliest.Year)
            .Select(y => new YearGroupModel(
                Year(y.Key),
                $"y{y.Key}",
                [.. y.GroupBy(e => EventPages.MonthOf(e).Month).Select(m => new MonthGroupModel(MonthLabel((y.Key, m.Key)), $"y{y.Key}-m{m.Key}", [.. m.Select(f.Event)]))]))
            .ToList();
        var timeline = overview.Count > 0 ? "" : TimelineSvg.TwoLanes("chronology",
            [.. events.Select(e => new TimelineItem(MarkdownRenderer.PlainText(e.Title), e.Date, f.Urls.LinkTo("event", e.Id)))],
            [.. sources.Select(s => new TimelineItem(s.Title, s.Published, f.Urls.LinkTo("source", s.Id)))],
            "When it happened",
            "When sources reported it");
        return new ChronologyModel(new HtmlString(timeline), years, [.. sources.Select(f.Source)], overview, previous, next, allMonths);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string MonthLabel((int Year, int Month) month) =>
        month.Month == 0 ? $"Some time in {month.Year}" : new DateOnly(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
