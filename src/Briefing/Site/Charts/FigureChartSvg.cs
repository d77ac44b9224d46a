using System.Globalization;
using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>
/// Draws the figures that sources give for one measure as an inline SVG dot chart: x is the date
/// each figure is as of, y its value; approximate figures are hollow, and a shaded band shows the
/// spread between the smallest and largest value.
/// </summary>
public static class FigureChartSvg
{
    // The left margin holds the value labels, e.g. "1,250,000"; the right one half a date label.
    private const double Left = 72;
    private const double Right = SvgWriter.Width - 40;
    private const double PlotTop = 30;
    private const double PlotBottom = 230;
    private const double Height = PlotBottom + 26;

    // Rounding differences between sources (11,000 against 11,200) are not a disagreement.
    private const decimal DisagreementThreshold = 0.05m;

    /// <summary>The dot chart of <paramref name="points"/>.</summary>
    /// <param name="idPrefix">Makes the chart's ids unique on the page: a letter, then letters, digits, '-' or '_'.</param>
    /// <param name="measureLabel">What is measured, e.g. "People displaced".</param>
    /// <param name="unit">The unit of the values, e.g. "people", or empty.</param>
    /// <param name="points">The figures, in any order.</param>
    /// <returns>The <c>svg</c> element, or an empty string when there are no points.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a plain id.</exception>
    public static string Render(string idPrefix, string measureLabel, string unit, IReadOnlyList<FigurePoint> points)
    {
        ArgumentNullException.ThrowIfNull(measureLabel);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return string.Empty;
        }

        // OrderBy is stable, so points on the same date with the same value keep the caller's order.
        var sorted = points.OrderBy(p => p.AsOf, EdtfDate.Comparer).ThenBy(p => p.Value).ToList();
        var values = sorted.Select(p => p.Value).ToList();
        var spread = Spread(values);
        var timeAxis = TimeAxis.For(sorted.Select(p => p.AsOf).ToList(), Left, Right);
        var valueAxis = ValueAxis.For(values);
        var description = Describe(measureLabel, unit, sorted, spread);
        var svg = new SvgWriter(idPrefix, "chart-figures", measureLabel + ": figures by date", description);

        if (unit.Length > 0)
        {
            svg.Text(8, 14, unit, "start", "chart-label");
        }

        DrawValueAxis(svg, valueAxis);
        timeAxis.Draw(svg, PlotTop, PlotBottom);
        if (spread.DistinctValues >= 2)
        {
            DrawSpread(svg, valueAxis, spread, unit);
        }

        foreach (var point in sorted)
        {
            var y = valueAxis.Y(point.Value, PlotTop, PlotBottom);
            var cssClass = point.Approx ? "chart-point chart-point-approx" : "chart-point";
            var title = $"{point.SourceLabel}: {Amount(point, unit)}";
            svg.Mark(timeAxis.Span(point.AsOf), y, cssClass, point.Approx, title, point.Url);
        }

        return svg.Finish(Height);
    }

    /// <summary>
    /// Formats a value for people to read: invariant culture, commas between thousands, at most two
    /// decimals and no trailing zeros, e.g. <c>11,000</c>, <c>0.5</c>, <c>1,234.5</c>, <c>-3</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    public static string FormatValue(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How far apart <paramref name="values"/> are. They disagree when there are at least two
    /// distinct values and (max − min) is more than 5 % of max, so that figures rounded differently
    /// by different sources (11,000 against 11,200) do not count as a disagreement, while 10,000
    /// against 12,000 does. (For values that are not all positive the 5 % is of the largest
    /// magnitude, |min| or |max|, which for positive values is max.)
    /// </summary>
    /// <param name="values">The values, in any order; when empty, the spread is all zeros and no disagreement.</param>
    public static FigureSpread Spread(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new FigureSpread(0, 0, 0, false);
        }

        var (min, max) = (values.Min(), values.Max());
        var distinct = values.Distinct().Count();
        var magnitude = Math.Max(Math.Abs(min), Math.Abs(max));
        var disagree = distinct >= 2 && (max - min) / magnitude > DisagreementThreshold;
        return new FigureSpread(min, max, distinct, disagree);
    }

    // E.g. "~11,000 people as of October 2024".
    private static string Amount(FigurePoint point, string unit) =>
        (point.Approx ? "~" : string.Empty) + FormatValue(point.Value)
        + (unit.Length == 0 ? string.Empty : " " + unit) + " as of " + point.AsOf.Describe();

    private static void DrawValueAxis(SvgWriter svg, ValueAxis axis)
    {
        svg.Raw("<g class=\"chart-grid\" stroke=\"currentColor\" stroke-opacity=\"0.2\">");
        foreach (var tick in axis.Ticks)
        {
            var y = axis.Y(tick, PlotTop, PlotBottom);
            svg.Line(Left, y, Right, y);
        }

        svg.Raw("</g><g class=\"chart-axis\" font-size=\"11\">");
        foreach (var tick in axis.Ticks)
        {
            svg.Text(Left - 6, axis.Y(tick, PlotTop, PlotBottom) + 4, FormatValue(tick), "end");
        }

        svg.Raw("</g>");
    }

    private static void DrawSpread(SvgWriter svg, ValueAxis axis, FigureSpread spread, string unit)
    {
        var top = axis.Y(spread.Max, PlotTop, PlotBottom);
        var height = Math.Max(axis.Y(spread.Min, PlotTop, PlotBottom) - top, 1);
        var title = $"Spread: {FormatValue(spread.Min)} to {FormatValue(spread.Max)} {unit}".TrimEnd();
        svg.Raw($"<rect class=\"chart-range\" x=\"{SvgWriter.Num(Left)}\" y=\"{SvgWriter.Num(top)}\" "
            + $"width=\"{SvgWriter.Num(Right - Left)}\" height=\"{SvgWriter.Num(height)}\" fill-opacity=\"0.12\">"
            + $"<title>{SvgWriter.Escape(title)}</title></rect>");
    }

    private static string Describe(string measure, string unit, List<FigurePoint> sorted, FigureSpread spread)
    {
        if (sorted.Count == 1)
        {
            return $"1 figure for {measure}: {Amount(sorted[0], unit)}, from {sorted[0].SourceLabel}.";
        }

        var sources = sorted.Select(p => p.SourceLabel).Distinct(StringComparer.Ordinal).Count();
        var verdict = spread.DistinctValues == 1 ? "All give the same value."
            : spread.Disagree ? "They differ by more than 5 %." : "They agree within 5 %.";
        return string.Create(CultureInfo.InvariantCulture, $"{sorted.Count} figures for {measure} from {sources} ")
            + $"{(sources == 1 ? "source" : "sources")}, as of {sorted[0].AsOf.Describe()} to "
            + $"{sorted.MaxBy(p => p.AsOf.Latest)!.AsOf.Describe()}, ranging from {FormatValue(spread.Min)} "
            + $"to {FormatValue(spread.Max)}{(unit.Length == 0 ? string.Empty : " " + unit)}. {verdict}";
    }
}
