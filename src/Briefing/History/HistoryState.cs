namespace Briefing.History;

/// <summary>
/// The followed fields of every item as of one commit, and which file holds which items. Applying the
/// next commit needs only the files that commit changed: an item is matched by its kind and id, so one
/// moved from one file to another in a commit is the same item, changed or not.
/// </summary>
internal sealed class HistoryState
{
    private readonly Dictionary<ItemKey, int> _owners = [];

    /// <summary>The commit this state is as of (HEAD when it was computed); null before the first.</summary>
    public string? Head { get; set; }

    /// <summary>The commits that changed input/, oldest first, that this state has taken in.</summary>
    public List<string> Commits { get; } = [];

    /// <summary>Each item's followed fields.</summary>
    public Dictionary<ItemKey, SortedDictionary<string, string>> Items { get; } = [];

    /// <summary>The items each file (path relative to the root) holds.</summary>
    public Dictionary<string, List<ItemKey>> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts which files hold each item; call after filling <see cref="Files"/> from the cache.</summary>
    public void CountOwners()
    {
        _owners.Clear();
        foreach (var key in Files.Values.SelectMany(k => k))
        {
            _owners[key] = _owners.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Takes in one commit, reading the new versions of its files through <paramref name="readBlob"/>, and says what changed.</summary>
    public CommitChanges Apply(CommitLog.Entry entry, Func<string, string?> readBlob)
    {
        var current = new Dictionary<ItemKey, SortedDictionary<string, string>>();
        var leaving = new HashSet<ItemKey>();
        foreach (var file in entry.Files.Where(f => ItemSnapshot.KindOf(f.Path) is not null))
        {
            var items = file.NewBlob is null ? [] : readBlob(file.NewBlob) is { } text ? ItemSnapshot.Read(file.Path, text) : null;
            if (items is null)
            {
                continue; // a version that is not YAML is passed over; the next readable one is compared with the last
            }

            foreach (var key in Files.GetValueOrDefault(file.Path) ?? [])
            {
                leaving.Add(key);
                _owners[key]--;
            }

            var keys = items.Select(i => i.Key).Distinct().ToList();
            foreach (var (key, fields) in items)
            {
                current[key] = fields;
            }

            keys.ForEach(k => _owners[k] = _owners.GetValueOrDefault(k) + 1);
            if (keys.Count > 0)
            {
                Files[file.Path] = keys;
            }
            else
            {
                Files.Remove(file.Path);
            }
        }

        var changes = new List<ItemChange>();
        foreach (var (key, fields) in current)
        {
            if (!Items.TryGetValue(key, out var before))
            {
                changes.Add(new ItemChange(key, ChangeType.Added, []));
            }
            else if (Diff(before, fields) is { Count: > 0 } diff)
            {
                changes.Add(new ItemChange(key, ChangeType.Changed, diff));
            }

            Items[key] = fields;
        }

        foreach (var key in leaving.Where(k => !current.ContainsKey(k) && _owners.GetValueOrDefault(k) <= 0))
        {
            changes.Add(new ItemChange(key, ChangeType.Removed, []));
            Items.Remove(key);
            _owners.Remove(key);
        }

        Commits.Add(entry.Commit.Id);
        return new CommitChanges(entry.Commit, [.. changes.OrderBy(c => c.Key.Kind).ThenBy(c => c.Key.Id, StringComparer.Ordinal)]);
    }

    private static List<FieldChange> Diff(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(f => new FieldChange(f, before.GetValueOrDefault(f), after.GetValueOrDefault(f)))
            .Where(c => c.Old != c.New)];
}
