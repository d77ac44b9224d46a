using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A person, organisation, military unit, place or country.</summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    MarkdownText? Description,
    string? Wikidata,
    SourceLocation Location);
