using Briefing.Build.Streaming;
using Briefing.Site.Pages;

namespace Briefing.Build.Stages;

/// <summary>
/// Build page models: one view model per page, built for the templates from the linked briefing.
/// Models are made one page at a time, as the render stage asks for them, and not kept: the site's
/// pages are never all in memory at once.
/// </summary>
public static class PageModelStage
{
    private delegate IEnumerable<PageSpec> Builder(LinkedBriefing linked, PageMetaFactory meta);

    // In the site's fixed order. Each builder makes one or a few kinds of page (templates).
    private static readonly Builder[] Builders =
    [
        (l, m) => HomePageBuilder.Build(l.Models, m),
        (l, m) => TopicPageBuilder.Build(l.Models, m),
        (l, m) => ChronologyPageBuilder.Build(l.Models, m),
        (l, m) => SourcePageBuilder.Build(l.Models, m),
        (l, m) => ClaimPageBuilder.Build(l.Models, m),
        (l, m) => EntityPageBuilder.Build(l.Models, m),
        (l, m) => FigurePageBuilder.Build(l.Models, m),
        (l, m) => SimplePageBuilder.Build(l.Models, m),
        (l, m) => [History.Site.ChangesPage.Page(l.Data, l.Urls, m)],
    ];

    /// <summary>Every page of the site, in a fixed order, each model built when it is enumerated.</summary>
    public static IEnumerable<PageSpec> Run(LinkedBriefing linked, bool noIndex = false) =>
        Pages(linked, noIndex).Select(p => p.Page);

    /// <summary>Every page with the number of the builder that made it (see <see cref="ModelsByTemplate"/>).</summary>
    internal static IEnumerable<(int Builder, PageSpec Page)> Pages(LinkedBriefing linked, bool noIndex)
    {
        var meta = MetaFactory(linked, noIndex);
        for (var i = 0; i < Builders.Length; i++)
        {
            foreach (var page in Builders[i](linked, meta))
            {
                yield return (i, page);
            }
        }
    }

    /// <summary>
    /// The models of every page by template, for theme pages: each list is built again, by the builders
    /// that made that template's pages (<paramref name="buildersOf"/>), only if a template reads it.
    /// </summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<object>> ModelsByTemplate(
        LinkedBriefing linked, bool noIndex, IReadOnlyDictionary<string, SortedSet<int>> buildersOf)
    {
        var meta = MetaFactory(linked, noIndex);
        return buildersOf.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<object>)new LazyModelList(() =>
                [.. t.Value.SelectMany(b => Builders[b](linked, meta)).Where(p => p.Template == t.Key).Select(p => p.Model)]),
            StringComparer.Ordinal);
    }

    /// <summary>The head of every page: the site's title and description, and whether search engines are kept out.</summary>
    public static PageMetaFactory MetaFactory(LinkedBriefing linked, bool noIndex)
    {
        var site = linked.Data.Briefing.Content.Site;
        return new PageMetaFactory(linked.Urls, site.Title, site.Description ?? site.Tagline ?? site.Title, noIndex);
    }
}
