using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>A source as listed on other pages.</summary>
public sealed record SourceRefModel(
    string Id,
    string Url,
    string Title,
    string? Publisher,
    string PublishedText,
    string PublishedMachine,
    GradeModel Reliability,
    int ClaimCount);

/// <summary>A claim as listed on other pages, with what a reader needs to judge it at a glance.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Url">Its page.</param>
/// <param name="Statement">The statement, rendered.</param>
/// <param name="StatementText">The statement as plain text.</param>
/// <param name="Credibility">The grade of the statement.</param>
/// <param name="Supporting">How many sources support it.</param>
/// <param name="Contradicting">How many sources contradict it.</param>
/// <param name="Sources">Each source it cites, with the stances it takes.</param>
/// <param name="TopicIds">Its topics' ids, separated by spaces (for the claims filter).</param>
public sealed record ClaimRefModel(
    string Id,
    string Url,
    HtmlString Statement,
    string StatementText,
    GradeModel Credibility,
    int Supporting,
    int Contradicting,
    IReadOnlyList<ClaimSourceModel> Sources,
    string TopicIds)
{
    /// <summary>"report", "forecast" or "assessment".</summary>
    public required string Kind { get; init; }

    /// <summary>"Report", "Forecast" or "Assessment".</summary>
    public required string KindLabel { get; init; }

    /// <summary>Who asserts it and when: "Forecast by Alexander Musienko, October 2024".</summary>
    public required string Lead { get; init; }

    /// <summary>The lead without its kind: " by Alexander Musienko, October 2024".</summary>
    public required string Attribution { get; init; }

    /// <summary>How many independent claimants support it.</summary>
    public required int Independent { get; init; }

    /// <summary>Its support in short: "3 supporting sources, 1 independent claimant".</summary>
    public required string SupportText { get; init; }

    /// <summary>For a forecast with an outcome, the outcome in words ("borne out"); else null.</summary>
    public required string? Outcome { get; init; }
}

/// <summary>A source as a claim cites it, with every stance it takes on that claim ("supports, contradicts").</summary>
public sealed record ClaimSourceModel(string Url, string Text, string Stances, IReadOnlyList<string> StanceKeys);

/// <summary>An event as listed on the chronology, topic, entity and claim pages.</summary>
public sealed record EventModel(
    string Id,
    string Anchor,
    string Url,
    string DateText,
    string DateMachine,
    HtmlString Title,
    string TitleText,
    HtmlString Summary,
    IReadOnlyList<ClaimRefModel> Claims,
    IReadOnlyList<LinkModel> Places);

/// <summary>A topic as listed on the home and topics pages.</summary>
public sealed record TopicCardModel(string Id, string Url, string Title, string? Summary, int ClaimCount, int EventCount);

/// <summary>A measure's figures at a glance: the figures with their hedges, how many, and the agreement rule's verdict ("a series over time").</summary>
public sealed record FigureSummaryModel(string Url, string Label, string Unit, string Range, int Reports, bool Disagree, string Verdict);
