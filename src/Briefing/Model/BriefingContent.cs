namespace Briefing.Model;

/// <summary>
/// A whole briefing as read from its files, each list in load order (files in ordinal path order,
/// items in the order written), so every later stage enumerates it the same way on every machine.
/// </summary>
public sealed record BriefingContent(
    SiteInfo Site,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<ChronologyEvent> Events,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Measure> Measures)
{
    /// <summary>
    /// Items that had an error of their own (warnings do not count) ("claim:x", "source:y"): they are kept so that references
    /// to them resolve, but warnings about them would only repeat the error, so they are not given.
    /// </summary>
    public IReadOnlySet<string> Incomplete { get; init; } = new HashSet<string>();

    /// <summary>Files that failed to load, and the ids they define, so that their consequences are not reported.</summary>
    public UnreadContent Unread { get; init; } = new();
}
