using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>One mark on a timeline: an event, or a source's publication.</summary>
/// <param name="Label">What the mark is, e.g. an event's title or a source's name; used in its tooltip.</param>
/// <param name="Date">When; a day is drawn as a dot, a month, year or range as a bar over its span.</param>
/// <param name="Url">Where the mark leads (the event in the chronology, the source's page); null draws a plain mark.</param>
public sealed record TimelineItem(string Label, EdtfDate Date, string? Url = null);
