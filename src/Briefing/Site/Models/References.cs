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
    int ClaimCount)
{
    /// <summary>Its short title, or its title cut at a word: what tables and cards show where space is short.</summary>
    public string ShortTitle { get; init; } = Title;
}

/// <summary>A claim as listed on other pages, with what a reader needs to judge it at a glance.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Url">Its page.</param>
/// <param name="Statement">The statement, rendered.</param>
/// <param name="StatementText">The statement as plain text.</param>
/// <param name="Credibility">Its grade.</param>
/// <param name="Supporting">How many distinct sources support it.</param>
/// <param name="Contradicting">How many distinct sources contradict it.</param>
/// <param name="Sources">Every source that bears on it, once, with how (supports, contradicts, gives context).</param>
/// <param name="TopicIds">Its topics' ids, space-separated, for the claims filter.</param>
public sealed record ClaimRefModel(
    string Id,
    string Url,
    HtmlString Statement,
    string StatementText,
    GradeModel Credibility,
    int Supporting,
    int Contradicting,
    IReadOnlyList<SourceMentionModel> Sources,
    string TopicIds)
{
    /// <summary>Who asserts the claim, when it is one entity; null for the sources' own reporting.</summary>
    public LinkModel? Claimant { get; init; }

    /// <summary>How many independent claimants stand behind the supporting sources.</summary>
    public int IndependentSupporting { get; init; }

    /// <summary>The support in words: "3 sources support it, 2 independent".</summary>
    public string SupportText { get; init; } = "";

    /// <summary>The contradiction in words, empty when no source contradicts it: "1 contradicts it".</summary>
    public string AgainstText { get; init; } = "";

    /// <summary>"report", "forecast" or "assessment".</summary>
    public required string Kind { get; init; }

    /// <summary>"Report", "Forecast" or "Assessment".</summary>
    public required string KindLabel { get; init; }

    /// <summary>Who asserts it and when: "Forecast by Ada Kern, March 2025".</summary>
    public required string Lead { get; init; }

    /// <summary>The lead without its kind: " by Ada Kern, March 2025".</summary>
    public required string Attribution { get; init; }

    /// <summary>For a forecast with an outcome, the outcome in words ("borne out"); else null.</summary>
    public required string? Outcome { get; init; }
}

/// <summary>A source as a claim card lists it: a short name, the full title for its tooltip, and its stance.</summary>
/// <param name="Url">The source's page.</param>
/// <param name="Text">Its short title (or publisher), short enough to repeat on every card.</param>
/// <param name="Title">Its full title.</param>
/// <param name="Stance">supports, contradicts or context, or mixed when it takes more than one: the CSS class.</param>
/// <param name="StanceLabel">How it bears on the claim, in words ("supports", "gives context").</param>
public sealed record SourceMentionModel(string Url, string Text, string Title, string Stance, string StanceLabel);

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
