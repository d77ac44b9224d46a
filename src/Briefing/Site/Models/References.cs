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
public sealed record ClaimRefModel(
    string Id,
    string Url,
    HtmlString Statement,
    string StatementText,
    GradeModel Credibility,
    int Supporting,
    int Contradicting,
    IReadOnlyList<LinkModel> Sources,
    string TopicIds);

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

/// <summary>A measure's figures at a glance.</summary>
public sealed record FigureSummaryModel(string Url, string Label, string Unit, string Range, int Reports, bool Disagree);
