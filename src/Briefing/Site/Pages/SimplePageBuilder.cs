using Briefing.Site.Models;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>Free pages, the search page and the 404 page.</summary>
internal static class SimplePageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        foreach (var page in f.Data.Pages)
        {
            var path = SiteUrls.PathOf("page", page.Id);
            var description = page.Summary ?? MarkdownRenderer.PlainText(page.Body);
            yield return new PageSpec(PageMetaFactory.OutputOf(path), "page", new FreePageModel(page.Title, f.Markdown.Render(page.Body)),
                meta.For(page.Title, description, path, page.Id));
        }

        yield return new PageSpec(PageMetaFactory.OutputOf("search/"), "search", new FreePageModel("Search", Html.HtmlString.Empty),
            meta.For("Search", "Search the claims, sources, topics, events and entities of the briefing.", "search/", "search"));
        yield return new PageSpec("404.html", "404", new FreePageModel("Page not found", Html.HtmlString.Empty),
            meta.For("Page not found", null, "404.html", "404", "website", noIndex: true));
    }
}
