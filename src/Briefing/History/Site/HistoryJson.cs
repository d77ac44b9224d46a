using Briefing.Site.Data;

namespace Briefing.History.Site;

/// <summary>The history as data/briefing.json gives it: the commit built, and each item's changes with their commit ids.</summary>
public static class HistoryJson
{
    /// <summary>The commit the site was built from, with the history's status; null commit fields when none could be read.</summary>
    public static object Commit(SiteData data) => new
    {
        Status = data.History.Status switch
        {
            HistoryStatus.Available => "available",
            HistoryStatus.ShallowClone => "shallow-clone",
            HistoryStatus.NoCommits => "no-commits",
            HistoryStatus.TurnedOff => "turned-off",
            _ => "not-a-git-checkout",
        },
        Id = data.History.Head?.Id,
        Date = data.History.Head?.Date,
        Subject = data.History.Head?.Subject,
    };

    /// <summary>One item's changes, oldest first.</summary>
    public static IEnumerable<object> For(SiteData data, ItemKind kind, string id) =>
        ItemHistories.For(data, kind, id).Select(d => new
        {
            Commit = d.Commit.Id,
            d.Commit.Date,
            d.Commit.Subject,
            Change = d.Change.Type.ToString().ToLowerInvariant(),
            Description = d.Text,
        });
}
