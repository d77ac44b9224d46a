namespace Briefing.History;

/// <summary>
/// Reads a briefing's history from git, taking in only the commits that the cache has not seen:
/// after one new commit, a build reads that commit's changed files and nothing older.
/// </summary>
public static class HistoryReader
{
    /// <summary>The history of the briefing at <paramref name="root"/>; <paramref name="enabled"/> false skips git entirely.</summary>
    public static BriefingHistory Read(string root, bool enabled = true)
    {
        if (!enabled)
        {
            return BriefingHistory.Unavailable(HistoryStatus.TurnedOff);
        }

        var probe = CheckoutProbe.Probe(root);
        if (probe.Head is not { } head)
        {
            return BriefingHistory.Unavailable(probe.Status);
        }

        var cache = new HistoryCache(root);
        var state = Resume(root, cache, head.Id);
        var computed = new Dictionary<string, CommitChanges>(StringComparer.Ordinal);
        if (state.Head != head.Id)
        {
            if (CommitLog.Read(root, state.Head) is not { } entries)
            {
                return BriefingHistory.Unavailable(HistoryStatus.NotAGitCheckout);
            }

            TakeIn(root, state, entries, cache, computed);
            state.Head = head.Id;
            cache.SaveState(state);
        }

        var commits = new List<CommitChanges>(state.Commits.Count);
        foreach (var id in state.Commits)
        {
            if ((computed.GetValueOrDefault(id) ?? cache.LoadCommit(id)) is not { } c)
            {
                // A commit file went missing from the cache: start again from nothing rather than show a gap.
                return ReadFresh(root, head);
            }

            commits.Add(c);
        }

        return new BriefingHistory(HistoryStatus.Available, head, commits) { CommitsRead = computed.Count };
    }

    // The cached state if HEAD's first-parent line passes through it (else a rebase or checkout moved away from it).
    private static HistoryState Resume(string root, HistoryCache cache, string head)
    {
        if (cache.LoadState() is not { Head: { Length: > 0 } cachedHead } state)
        {
            return new HistoryState();
        }

        if (cachedHead == head)
        {
            return state;
        }

        return CommitLog.FirstParentLine(root) is { } line && line.Contains(cachedHead, StringComparer.Ordinal) ? state : new HistoryState();
    }

    private static void TakeIn(string root, HistoryState state, IReadOnlyList<CommitLog.Entry> entries, HistoryCache cache,
        Dictionary<string, CommitChanges> computed)
    {
        if (entries.Count == 0)
        {
            return;
        }

        using var blobs = BlobReader.Open(root);
        foreach (var entry in entries)
        {
            var changes = state.Apply(entry, id => blobs?.Read(id));
            cache.SaveCommit(changes);
            computed[entry.Commit.Id] = changes;
        }
    }

    private static BriefingHistory ReadFresh(string root, CommitInfo head)
    {
        var state = new HistoryState();
        var computed = new Dictionary<string, CommitChanges>(StringComparer.Ordinal);
        var cache = new HistoryCache(root);
        TakeIn(root, state, CommitLog.Read(root, null) ?? [], cache, computed);
        state.Head = head.Id;
        cache.SaveState(state);
        return new BriefingHistory(HistoryStatus.Available, head, [.. state.Commits.Select(id => computed[id])]) { CommitsRead = computed.Count };
    }
}
