namespace Briefing.Model;

/// <summary>
/// A whole briefing as read from its files, each list sorted by id so that every later
/// stage enumerates it in the same order whatever the file system returns.
/// </summary>
public sealed record BriefingContent(
    SiteInfo Site,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<ChronologyEvent> Events,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Measure> Measures);
