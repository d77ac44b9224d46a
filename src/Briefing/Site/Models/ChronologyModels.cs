using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>The chronology page.</summary>
public sealed record ChronologyModel(HtmlString Timeline, IReadOnlyList<YearGroupModel> Years, IReadOnlyList<SourceRefModel> Publications);

/// <summary>The events of one year.</summary>
public sealed record YearGroupModel(string Year, string Anchor, IReadOnlyList<MonthGroupModel> Months);

/// <summary>The events of one month, or of the year where only the year is known.</summary>
public sealed record MonthGroupModel(string Label, string Anchor, IReadOnlyList<EventModel> Events);
