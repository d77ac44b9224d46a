namespace Briefing.Model;

/// <summary>
/// What could not be read: the ids ("entity:x", "source:y") defined in files that failed to load,
/// as far as they can still be told, and whether any content file failed at all. References to these
/// ids are not reported, and neither are warnings about things nothing uses (the unread file may use
/// them): those would only repeat the one error that matters.
/// </summary>
public sealed class UnreadContent
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>True when some content file failed to load.</summary>
    public bool AnyFile { get; private set; }

    /// <summary>True when <paramref name="kind"/>:<paramref name="id"/> was defined in a file that failed to load.</summary>
    public bool Contains(string kind, string id) => _ids.Contains(kind + ":" + id);

    /// <summary>Records an unread file and the ids it defines ("kind:id").</summary>
    public void AddFile(IEnumerable<string> ids)
    {
        AnyFile = true;
        _ids.UnionWith(ids);
    }

    /// <summary>Records an unread file that defines one id ("kind:id").</summary>
    public void Add(string id) => AddFile([id]);
}
