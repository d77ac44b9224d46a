using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>
/// The chronology page. A long chronology is split by month: then <c>/chronology/</c> holds only the
/// <see cref="Overview"/> of years and months, and each month's page its events, with <see cref="Previous"/>
/// and <see cref="Next"/> months.
/// </summary>
public sealed record ChronologyModel(
    HtmlString Timeline,
    IReadOnlyList<YearGroupModel> Years,
    IReadOnlyList<SourceRefModel> Publications,
    IReadOnlyList<ChronologyYearModel> Overview,
    LinkModel? Previous,
    LinkModel? Next,
    string? AllMonthsUrl);

/// <summary>A year of a split chronology, with a link to each of its months' pages.</summary>
public sealed record ChronologyYearModel(string Year, IReadOnlyList<ChronologyMonthLinkModel> Months);

/// <summary>A link to one month's page, with how many events it holds.</summary>
public sealed record ChronologyMonthLinkModel(string Label, string Url, int Count);

/// <summary>The events of one year.</summary>
public sealed record YearGroupModel(string Year, string Anchor, IReadOnlyList<MonthGroupModel> Months);

/// <summary>The events of one month, or of the year where only the year is known.</summary>
public sealed record MonthGroupModel(string Label, string Anchor, IReadOnlyList<EventModel> Events);
