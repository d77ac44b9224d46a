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
    SourceLocation Location)
{
    /// <summary>What sort of statement it is: a report (the default), a forecast or an assessment.</summary>
    public ClaimKind Kind { get; init; } = ClaimKind.Report;

    /// <summary>How a forecast turned out; only forecasts have one.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>True for <c>kind: forecast</c>.</summary>
    public bool IsForecast => Kind == ClaimKind.Forecast;
}
