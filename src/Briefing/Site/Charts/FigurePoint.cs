using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>One source's figure for a measure, as drawn on a <see cref="FigureChartSvg"/>.</summary>
/// <param name="Value">The figure.</param>
/// <param name="Approx">True when the source gave the figure as approximate ("about 11,000").</param>
/// <param name="AsOf">The date the figure describes.</param>
/// <param name="SourceLabel">Who gave the figure; used in the dot's name.</param>
/// <param name="Url">Where the dot leads (the claim that gives the figure); null draws a plain dot.</param>
public sealed record FigurePoint(decimal Value, bool Approx, EdtfDate AsOf, string SourceLabel, string? Url = null);
