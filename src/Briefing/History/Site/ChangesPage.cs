using Briefing.Site.Data;
using Briefing.Site.Pages;
using Briefing.Site.Urls;

namespace Briefing.History.Site;

/// <summary>The /changes/ page: the latest changes to claims, newest commit first, each claim once per commit.</summary>
public static class ChangesPage
{
    /// <summary>How many claim changes the page lists; older ones are in data/briefing.json.</summary>
    public const int MaxEntries = 200;

    /// <summary>The page's model.</summary>
    public static ChangesPageModel Model(SiteData data, SiteUrls urls)
    {
        var (latest, total) = ItemHistories.LatestClaimChanges(data, MaxEntries);
        var groups = latest.GroupBy(d => d.Commit.Id, StringComparer.Ordinal).Select(g =>
        {
            var c = g.First().Commit;
            return new ChangeGroupModel(Anchor(c), ChangeWords.Day(c.Day), c.Date, c.Id, c.ShortId, PageMetaFactory.Shorten(c.Subject, 100),
                [.. g.Select(d => Item(data, urls, d))]);
        });
        return new ChangesPageModel(data.History.Status == HistoryStatus.Available, ItemHistories.Notice(data.History.Status), [.. groups],
            latest.Count, total, urls.Link("changes.xml"));
    }

    /// <summary>The page's anchor for a commit.</summary>
    public static string Anchor(CommitInfo commit) => "commit-" + commit.ShortId;

    /// <summary>The page spec for /changes/.</summary>
    public static PageSpec Page(SiteData data, SiteUrls urls, PageMetaFactory meta) =>
        new(PageMetaFactory.OutputOf("changes/"), "changes", Model(data, urls),
            meta.For("Changes", "The latest changes to the briefing's claims, commit by commit.", "changes/", "claims"));

    /// <summary>A claim's statement while it is in the briefing, else its id.</summary>
    public static (string Title, string? Url) Claim(SiteData data, SiteUrls urls, string id) =>
        data.Briefing.Index.Claims.TryGetValue(id, out var claim)
            ? (Briefing.Site.Rendering.MarkdownRenderer.PlainText(claim.Statement), urls.LinkTo("claim", id))
            : ($"Claim {id}", null);

    private static ChangedItemModel Item(SiteData data, SiteUrls urls, ItemHistories.Described d)
    {
        var (title, url) = Claim(data, urls, d.Change.Key.Id);
        return new ChangedItemModel(title, url, d.Text);
    }
}
