using System.Collections.Concurrent;
using Briefing.Diagnostics;
using Briefing.Safety;
using Briefing.Site.Dating;
using Briefing.Site.Feeds;
using Briefing.Site.Models;
using Briefing.Site.OpenData;
using Briefing.Site.Output;
using Briefing.Site.Pages;
using Briefing.Site.Search;
using Briefing.Site.Theme;
using Briefing.Site.Theme.Files;

namespace Briefing.Build.Stages;

/// <summary>
/// Render: the theme's templates turn each page model into HTML (pages in parallel, as they are
/// independent), and the feed, sitemap, open data and search index are written alongside.
/// </summary>
public static class RenderStage
{
    /// <summary>Renders the site in memory; null when a template failed (reported).</summary>
    public static RenderedSite? Run(LinkedBriefing linked, IReadOnlyList<PageSpec> pages, BuildOptions options, DiagnosticBag diagnostics)
    {
        var theme = ThemeFiles.Resolve(ThemeFolder.Of(options), diagnostics);
        var templates = ThemeTemplates.Load(theme, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        pages = [.. pages, .. ThemePageBuilder.Build(theme, pages, PageModelStage.MetaFactory(linked, options.NoIndex), diagnostics)];
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var assets = ThemeAssets.Load(theme);
        var updated = LastUpdated.For(linked.Data, options.Root);
        var site = SiteModelFor(linked, assets, updated);
        var renderer = new PageRenderer(templates);
        var html = new ConcurrentBag<SiteFile>();
        Parallel.ForEach(pages, page =>
        {
            var globals = new Dictionary<string, object?> { ["site"] = site, ["page"] = page.Model, ["meta"] = page.Meta };
            if (renderer.Render(page.Template, globals, diagnostics) is { } text)
            {
                html.Add(SiteFile.Text(page.OutputPath, text));
            }
        });
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var files = html.Concat(assets.Files).Concat(DataFiles(linked, pages, options.NoIndex, updated)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new RenderedSite(files, pages.Count);
    }

    private static IEnumerable<SiteFile> DataFiles(LinkedBriefing linked, IReadOnlyList<PageSpec> pages, bool noIndex, LastUpdated updated)
    {
        var urls = linked.Urls;
        yield return AtomFeed.Build(linked.Data, urls, updated.Instant);
        yield return History.Site.ChangesFeed.Build(linked.Data, urls);
        foreach (var sitemap in Sitemap.Build(pages.Where(p => !p.Meta.NoIndex).Select(p => p.Meta.CanonicalUrl), urls.Absolute))
        {
            yield return sitemap;
        }

        foreach (var export in CompressedCopy.With(BriefingJson.Build(linked.Data, urls)).Concat(CompressedCopy.With(ClaimsCsv.Build(linked.Data, urls))))
        {
            yield return export;
        }

        yield return Annotations.WebAnnotations.Build(linked.Data, urls);
        // A site kept out of search engines (a deploy preview) says so to crawlers too.
        yield return noIndex ? SiteFile.Text("robots.txt", "User-agent: *\nDisallow: /\n") : Sitemap.Robots(urls.Absolute("sitemap.xml"));
        foreach (var file in SearchIndexBuilder.Build(SearchDocuments.From(linked)))
        {
            yield return SiteFile.Text(file.Path, file.Content);
        }
    }

    private static SiteModel SiteModelFor(LinkedBriefing linked, ThemeAssets assets, LastUpdated updated)
    {
        var s = linked.Data.Briefing.Content.Site;
        var u = linked.Urls;
        NavItemModel[] nav =
        [
            new("topics", u.Link("topics/"), "Topics"),
            new("chronology", u.Link("chronology/"), "Chronology"),
            new("claims", u.Link("claims/"), "Claims"),
            new("sources", u.Link("sources/"), "Sources"),
            new("figures", u.Link("figures/"), "Figures"),
            new("entities", u.Link("entities/"), "People and places"),
        ];
        NavItemModel[] freePages = [.. linked.Data.Pages.Select(p => new NavItemModel(p.Id, u.LinkTo("page", p.Id), p.Title))];
        return new SiteModel(s.Title, s.Tagline, s.Description, s.Language, u.BasePath, u.Link(""), u.Link("search/"), u.Link("feed.xml"),
            u.Link("data/briefing.json"), u.Link("data/claims.csv"), u.Link("sitemap.xml"), nav, assets.Model(u.Link),
            freePages, updated.Text, updated.Machine);
    }
}
