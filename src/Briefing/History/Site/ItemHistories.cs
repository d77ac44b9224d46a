using Briefing.Site.Data;
using Briefing.Site.Pages;
using Briefing.Site.Urls;

namespace Briefing.History.Site;

/// <summary>Turns the history read from git into what pages, feeds and data show: entries in words, notices, latest changes.</summary>
public static class ItemHistories
{
    /// <summary>One described change: the commit, the change and its words.</summary>
    public sealed record Described(CommitInfo Commit, ItemChange Change, string Text);

    /// <summary>What a page says when it has no history, by the reason.</summary>
    public static string Notice(HistoryStatus status) => status switch
    {
        HistoryStatus.NotAGitCheckout => "No history is available: this site was not built from a git checkout.",
        HistoryStatus.ShallowClone => "No history is available: this site was built from a shallow clone, which lacks the earlier commits.",
        HistoryStatus.NoCommits => "No history is available yet: nothing has been committed.",
        HistoryStatus.TurnedOff => "No history is available: this site was built without reading it.",
        _ => "No committed change yet: the history starts with the commit that adds it.",
    };

    /// <summary>The changes to one item, oldest first, in words.</summary>
    public static IReadOnlyList<Described> For(SiteData data, ItemKind kind, string id)
    {
        var changes = data.History.For(kind, id);
        return [.. changes.Select((c, i) => new Described(c.Commit, c.Change, ChangeWords.Describe(c.Change, i > 0, SourceNamer(data))))];
    }

    /// <summary>The history section of an item's page.</summary>
    public static HistoryModel Model(SiteData data, SiteUrls urls, ItemKind kind, string id)
    {
        var history = data.History;
        var asOf = history.Head is { } head ? $"commit {head.ShortId} of {ChangeWords.Day(head.Day)}" : null;
        return new HistoryModel(history.Status == HistoryStatus.Available, Notice(history.Status), asOf,
            [.. For(data, kind, id).Select(Entry)], urls.Link("changes/"));
    }

    /// <summary>A described change as a page lists it.</summary>
    public static HistoryEntryModel Entry(Described d) =>
        new(ChangeWords.Day(d.Commit.Day), d.Commit.Date, d.Commit.Id, d.Commit.ShortId, PageMetaFactory.Shorten(d.Commit.Subject, 100), d.Text);

    /// <summary>The latest <paramref name="count"/> changes to claims, newest first (one per claim per commit), and how many there are in all.</summary>
    public static (IReadOnlyList<Described> Latest, int Total) LatestClaimChanges(SiteData data, int count)
    {
        var history = data.History;
        var latest = new List<Described>();
        var total = 0;
        var name = SourceNamer(data);
        for (var i = history.Commits.Count - 1; i >= 0; i--)
        {
            foreach (var change in history.Commits[i].Changes.Where(c => c.Key.Kind == ItemKind.Claim))
            {
                total++;
                if (latest.Count < count)
                {
                    var seenBefore = change.Type == ChangeType.Added && !ReferenceEquals(history.For(ItemKind.Claim, change.Key.Id)[0].Change, change);
                    latest.Add(new Described(history.Commits[i].Commit, change, ChangeWords.Describe(change, seenBefore, name)));
                }
            }
        }

        return (latest, total);
    }

    // Evidence is named by its source's title today; a source since removed by its id.
    private static Func<string, string> SourceNamer(SiteData data) => id =>
        data.Briefing.Index.Sources.TryGetValue(id, out var s) ? "“" + PageMetaFactory.Shorten(s.Title, 60) + "”" : id;
}
