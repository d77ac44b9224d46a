namespace Briefing.History;

/// <summary>
/// The briefing's history as read from git: the commit built, and for every claim, source, event and
/// measure the commits that changed it, oldest first. When history is not available, <see cref="Status"/> says why
/// and every item's history is empty.
/// </summary>
public sealed class BriefingHistory
{
    private readonly Dictionary<ItemKey, List<(CommitInfo Commit, ItemChange Change)>> _byItem = [];

    /// <summary>A history read from <paramref name="commits"/> (oldest first) up to <paramref name="head"/>.</summary>
    public BriefingHistory(HistoryStatus status, CommitInfo? head, IReadOnlyList<CommitChanges> commits)
    {
        Status = status;
        Head = head;
        Commits = commits;
        foreach (var commit in commits)
        {
            foreach (var change in commit.Changes)
            {
                if (!_byItem.TryGetValue(change.Key, out var list))
                {
                    _byItem[change.Key] = list = [];
                }

                list.Add((commit.Commit, change));
            }
        }
    }

    /// <summary>Whether history was read, and if not why not.</summary>
    public HistoryStatus Status { get; }

    /// <summary>The commit the build was made from (HEAD), when history is available.</summary>
    public CommitInfo? Head { get; }

    /// <summary>How many commits this build read from git (the rest came from the cache).</summary>
    public int CommitsRead { get; init; }

    /// <summary>Every commit that changed a followed item, oldest first.</summary>
    public IReadOnlyList<CommitChanges> Commits { get; }

    /// <summary>A history that could not be read, for <paramref name="status"/>'s reason.</summary>
    public static BriefingHistory Unavailable(HistoryStatus status) => new(status, null, []);

    /// <summary>The changes to one item, oldest first; empty when it has none or history is not available.</summary>
    public IReadOnlyList<(CommitInfo Commit, ItemChange Change)> For(ItemKind kind, string id) =>
        _byItem.TryGetValue(new ItemKey(kind, id), out var list) ? list : [];
}
