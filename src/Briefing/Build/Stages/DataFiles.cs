using Briefing.Site.Dating;
using Briefing.Site.Feeds;
using Briefing.Site.OpenData;
using Briefing.Site.Output;
using Briefing.Site.Search;

namespace Briefing.Build.Stages;

/// <summary>
/// The files beside the pages: feeds, sitemap, open data (with compressed copies of large exports),
/// annotations, robots.txt and the search index. Each is a job of its own, so they render in parallel;
/// the longest come first, so that they do not start last.
/// </summary>
internal static class DataFiles
{
    /// <summary>One job a file (or a family of files), every one but the sitemap: none of them needs the pages.</summary>
    public static IReadOnlyList<Func<IEnumerable<SiteFile>>> Exports(LinkedBriefing linked, bool noIndex, LastUpdated updated)
    {
        var urls = linked.Urls;
        var data = linked.Data;
        return
        [
            () => SearchIndexBuilder.Build(SearchDocuments.From(linked)).Select(f => SiteFile.Text(f.Path, f.Content)),
            () => [Annotations.WebAnnotations.Build(data, urls)],
            () => CompressedCopy.With(BriefingJson.Build(data, urls)),
            () => CompressedCopy.With(ClaimsCsv.Build(data, urls)),
            () => [AtomFeed.Build(data, urls, updated.Instant)],
            () => [History.Site.ChangesFeed.Build(data, urls)],
            // A site kept out of search engines (a deploy preview) says so to crawlers too.
            () => [noIndex ? SiteFile.Text("robots.txt", "User-agent: *\nDisallow: /\n") : Site.Feeds.Sitemap.Robots(urls.Absolute("sitemap.xml"))],
        ];
    }

    /// <summary>The sitemap of <paramref name="indexed"/>, the URLs of the pages search engines may list: made once the pages are.</summary>
    public static IEnumerable<SiteFile> Sitemap(LinkedBriefing linked, IReadOnlyList<string> indexed) => Site.Feeds.Sitemap.Build(indexed, linked.Urls.Absolute);
}
