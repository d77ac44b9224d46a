using Briefing.Site.Pages;
using Briefing.Site.Theme.Files;
using Briefing.Site.Urls;

namespace Briefing.Build.Stages;

/// <summary>
/// How many pages a build will make, known before any is made, so that progress can say "n of total".
/// It follows the page builders' rules; a test holds it to the number of pages actually built.
/// </summary>
internal static class PageCounts
{
    public static int Expected(LinkedBriefing linked, ThemeFiles theme)
    {
        var d = linked.Data;
        var chronology = linked.Urls.EventPages is null ? 1 : 1 + d.Events.Select(EventPages.MonthOf).Distinct().Count();
        const int Home = 3, Simple = 2, Entities = 1, Changes = 1;
        return Home
            + d.Topics.Count
            + chronology
            + ListPages(d.Sources.Count, SourcePageBuilder.SourcesPerPage) + d.Sources.Count
            + ListPages(d.Claims.Count, ClaimPageBuilder.ClaimsPerPage) + d.Claims.Count
            + Entities + d.Entities.Count
            + d.Measures.Count
            + d.Pages.Count + Simple
            + Changes
            + ThemePageBuilder.PageTemplates(theme).Count();
    }

    private static int ListPages(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);
}
