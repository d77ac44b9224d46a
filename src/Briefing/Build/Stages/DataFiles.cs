using Briefing.Site.Dating;
using Briefing.Site.Feeds;
using Briefing.Site.OpenData;
using Briefing.Site.Output;
using Briefing.Site.Search;

namespace Briefing.Build.Stages;

/// <summary>
/// The files beside the pages: feeds, sitemap, open data (with compressed copies of large exports),
/// annotations, robots.txt and the search index. Each is a job of its own, so they render in parallel.
/// </summary>
internal static class DataFiles
{
    /// <summary>One job a file (or a family of files); <paramref name="indexed"/> are the URLs the sitemap lists.</summary>
    public static IReadOnlyList<Func<IEnumerable<SiteFile>>> Jobs(LinkedBriefing linked, IReadOnlyList<string> indexed, bool noIndex, LastUpdated updated)
    {
        var urls = linked.Urls;
        var data = linked.Data;
        return
        [
            () => CompressedCopy.With(BriefingJson.Build(data, urls)),
            () => CompressedCopy.With(ClaimsCsv.Build(data, urls)),
            () => SearchIndexBuilder.Build(SearchDocuments.From(linked)).Select(f => SiteFile.Text(f.Path, f.Content)),
            () => [AtomFeed.Build(data, urls, updated.Instant)],
            () => [History.Site.ChangesFeed.Build(data, urls)],
            () => Sitemap.Build(indexed, urls.Absolute),
            () => [Annotations.WebAnnotations.Build(data, urls)],
            // A site kept out of search engines (a deploy preview) says so to crawlers too.
            () => [noIndex ? SiteFile.Text("robots.txt", "User-agent: *\nDisallow: /\n") : Sitemap.Robots(urls.Absolute("sitemap.xml"))],
        ];
    }
}
