using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>One checkable statement, anchored to the words of its sources.</summary>
public sealed record Claim(
    string Id,
    MarkdownText Statement,
    IReadOnlyList<IdRef> Topics,
    Credibility Credibility,
    IReadOnlyList<IdRef> AttributedTo,
    IReadOnlyList<IdRef> Entities,
    Figure? Figure,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<IdRef> Related,
    MarkdownText? Notes,
    SourceLocation Location);
