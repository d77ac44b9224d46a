using System.Text.Json;
using Briefing.Safety;

namespace Briefing.History;

/// <summary>
/// The history's cache under <c>&lt;root&gt;/.briefing-cache/history/v1/</c>: one file per commit with what it
/// changed (a commit's first-parent ancestry never changes, so neither does that file), and the state as
/// of the last HEAD built, so that the next build reads only the commits since. The folder's version
/// changes whenever what a file means does; a cache that cannot be read is recomputed, never trusted.
/// </summary>
internal sealed class HistoryCache
{
    /// <summary>The version of the cache's format, which names its folder.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string _root;
    private readonly string _folder;

    /// <summary>The cache of the briefing at <paramref name="root"/>.</summary>
    public HistoryCache(string root)
    {
        _root = root;
        _folder = Path.Combine(root, ".briefing-cache", "history", "v" + FormatVersion);
    }

    private sealed record StateFile(string Head, List<string> Commits, SortedDictionary<string, List<string>> Files,
        SortedDictionary<string, SortedDictionary<string, string>> Items);

    private sealed record CommitFile(string Id, string Date, string Subject, List<ChangeRecord> Changes);

    private sealed record ChangeRecord(string Item, ChangeType Type, List<FieldChange> Fields);

    /// <summary>The state last saved, or null when there is none or it cannot be read.</summary>
    public HistoryState? LoadState()
    {
        if (Read<StateFile>(Path.Combine(_folder, "state.json")) is not { } file)
        {
            return null;
        }

        var state = new HistoryState { Head = file.Head };
        state.Commits.AddRange(file.Commits);
        foreach (var (path, keys) in file.Files)
        {
            state.Files[path] = [.. keys.Select(ItemKey.Parse).OfType<ItemKey>()];
        }

        foreach (var (key, fields) in file.Items)
        {
            if (ItemKey.Parse(key) is { } k)
            {
                state.Items[k] = new SortedDictionary<string, string>(fields, StringComparer.Ordinal);
            }
        }

        state.CountOwners();
        return state;
    }

    /// <summary>Saves <paramref name="state"/>; a root that cannot be written to just goes without a cache.</summary>
    public void SaveState(HistoryState state) => Write("state.json", new StateFile(
        state.Head ?? "", state.Commits,
        new SortedDictionary<string, List<string>>(state.Files.ToDictionary(f => f.Key, f => f.Value.Select(k => k.ToString()).ToList()), StringComparer.Ordinal),
        new SortedDictionary<string, SortedDictionary<string, string>>(state.Items.ToDictionary(i => i.Key.ToString(), i => i.Value), StringComparer.Ordinal)));

    /// <summary>What commit <paramref name="id"/> changed, or null when it is not cached.</summary>
    public CommitChanges? LoadCommit(string id) =>
        Read<CommitFile>(CommitPath(id)) is { } f && f.Id == id
            ? new CommitChanges(new CommitInfo(f.Id, f.Date, f.Subject),
                [.. f.Changes.Select(c => ItemKey.Parse(c.Item) is { } k ? new ItemChange(k, c.Type, c.Fields) : null).OfType<ItemChange>()])
            : null;

    /// <summary>Caches what one commit changed.</summary>
    public void SaveCommit(CommitChanges changes) => Write(Path.Combine("commits", changes.Commit.Id + ".json"), new CommitFile(
        changes.Commit.Id, changes.Commit.Date, changes.Commit.Subject,
        [.. changes.Changes.Select(c => new ChangeRecord(c.Key.ToString(), c.Type, [.. c.Fields]))]));

    private string CommitPath(string id) => Path.Combine(_folder, "commits", id + ".json");

    // The cache is in the briefing, so a pull request can make any part of it a link: one that leads
    // out of the root is treated as no cache, neither read nor written through.
    private string? Inside(string path) => PathContainment.Resolve(_root, path, out _);

    private T? Read<T>(string path)
        where T : class
    {
        try
        {
            return Inside(path) is { } real && File.Exists(real) ? JsonSerializer.Deserialize<T>(File.ReadAllBytes(real), Json) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    // Written beside its final name and moved into place, so a build stopped half-way leaves no torn file.
    private void Write<T>(string relative, T value)
    {
        if (Inside(Path.GetDirectoryName(Path.Combine(_folder, relative))!) is not { } folder)
        {
            return;
        }

        var path = Path.Combine(folder, Path.GetFileName(relative));
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(value, Json));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a read-only root builds the same site without it.
            try
            {
                File.Delete(temp);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                // nothing more to do
            }
        }
    }
}
