namespace Briefing.Site.Charts;

/// <summary>How far apart the figures for one measure are; see <see cref="FigureChartSvg.Spread"/>.</summary>
/// <param name="Min">The smallest value, or 0 when there are none.</param>
/// <param name="Max">The largest value, or 0 when there are none.</param>
/// <param name="DistinctValues">How many different values there are.</param>
/// <param name="Disagree">
/// True when there are at least two distinct values and they differ by more than 5 % of the largest
/// magnitude; see <see cref="FigureChartSvg.Spread"/>.
/// </param>
public sealed record FigureSpread(decimal Min, decimal Max, int DistinctValues, bool Disagree);
