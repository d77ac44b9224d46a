using Briefing.Site.Pages;

namespace Briefing.Build.Stages;

/// <summary>Build page models: one view model per page, built for the templates from the linked briefing.</summary>
public static class PageModelStage
{
    /// <summary>Every page of the site, in a fixed order.</summary>
    public static IReadOnlyList<PageSpec> Run(LinkedBriefing linked, bool noIndex = false)
    {
        var f = linked.Models;
        var meta = MetaFactory(linked, noIndex);
        IEnumerable<PageSpec> pages =
        [
            .. HomePageBuilder.Build(f, meta),
            .. TopicPageBuilder.Build(f, meta),
            .. ChronologyPageBuilder.Build(f, meta),
            .. SourcePageBuilder.Build(f, meta),
            .. ClaimPageBuilder.Build(f, meta),
            .. EntityPageBuilder.Build(f, meta),
            .. FigurePageBuilder.Build(f, meta),
            .. SimplePageBuilder.Build(f, meta),
            History.Site.ChangesPage.Page(linked.Data, linked.Urls, meta),
        ];
        return [.. pages];
    }

    /// <summary>The head of every page: the site's title and description, and whether search engines are kept out.</summary>
    public static PageMetaFactory MetaFactory(LinkedBriefing linked, bool noIndex)
    {
        var site = linked.Data.Briefing.Content.Site;
        return new PageMetaFactory(linked.Urls, site.Title, site.Description ?? site.Tagline ?? site.Title, noIndex);
    }
}
