using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>
/// The claims index: every claim (or, in a large briefing, one page of them), with the options the
/// filters offer. <see cref="Total"/> counts every claim, whatever page this is.
/// </summary>
public sealed record ClaimsIndexModel(
    IReadOnlyList<ClaimRefModel> Claims,
    IReadOnlyList<FilterOptionModel> Topics,
    IReadOnlyList<FilterOptionModel> Credibilities,
    int Total,
    PagerModel Pager)
{
    /// <summary>For each claim (in <see cref="Claims"/>' order) the day of its last change, yyyy-mm-dd; empty without history.</summary>
    public IReadOnlyList<string> ChangedOn { get; init; } = [];

    /// <summary>True when the build read history, so the list can be filtered by when claims changed.</summary>
    public bool HistoryAvailable { get; init; }

    /// <summary>The page of the latest changes.</summary>
    public string ChangesUrl { get; init; } = "";
}

/// <summary>
/// One option of a filter. <see cref="Href"/> is where choosing it leads when the list is split over
/// pages (the topic's page, or the first page of claims of that grade); "" when it filters in place.
/// </summary>
public sealed record FilterOptionModel(string Value, string Label, int Count, string Href = "");

/// <summary>A claim page.</summary>
public sealed record ClaimModel(
    ClaimRefModel Claim,
    HtmlString Notes,
    CorroborationModel Corroboration,
    IReadOnlyList<EvidenceModel> Evidence,
    FigureModel? Figure,
    IReadOnlyList<EventModel> Events,
    IReadOnlyList<LinkModel> Topics,
    IReadOnlyList<LinkModel> Entities,
    IReadOnlyList<LinkModel> AssertedBy,
    IReadOnlyList<ClaimRefModel> Related)
{
    /// <summary>The claim's changes from git, oldest first, or why there are none.</summary>
    public History.Site.HistoryModel? History { get; init; }

    /// <summary>For a forecast with an outcome: how it turned out, and the claims that show it.</summary>
    public required OutcomeModel? Outcome { get; init; }
}

/// <summary>How a forecast turned out: its word in the format (<c>borne-out</c>), in words ("borne out"), and the claims that show it.</summary>
public sealed record OutcomeModel(string Key, string Label, IReadOnlyList<ClaimRefModel> ShownBy);

/// <summary>How many sources and distinct claimants support, contradict or give context.</summary>
public sealed record CorroborationModel(int SupportingSources, int ContradictingSources, int ContextSources, int SupportingClaimants, int ContradictingClaimants, string Summary);

/// <summary>One piece of evidence: the quote, how it bears on the claim, and where it stands.</summary>
public sealed record EvidenceModel(
    int Number,
    string Anchor,
    string Stance,
    string StanceLabel,
    string Quote,
    SourceRefModel Source,
    string QuoteUrl,
    string? OriginalUrl)
{
    /// <summary>Whoever, in this source, makes the assertion the quote carries.</summary>
    public required string Claimant { get; init; }

    /// <summary>The claimant's page, when the claimant is an entity.</summary>
    public required string? ClaimantUrl { get; init; }
}

/// <summary>The figure a claim gives; <paramref name="Value"/> carries its hedge ("up to 200").</summary>
public sealed record FigureModel(string MeasureUrl, string MeasureLabel, string Value, bool Approx, string Unit, string AsOfText, string AsOfMachine);
