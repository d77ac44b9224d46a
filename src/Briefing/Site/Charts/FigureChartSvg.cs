using System.Globalization;
using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>
/// Draws the figures that sources give for one measure as an inline SVG chart: x is the date each figure
/// is as of, y its value, on an axis from zero. A hedged figure ("about") is hollow, a range a bar from its
/// lower to its upper end, and an open bound ("at least", "up to") a mark with an arrow running on in the
/// open direction. Where the figures disagree, a shaded band spans them.
/// </summary>
public static class FigureChartSvg
{
    // The left margin holds the value labels, e.g. "1,250,000"; the right one half a date label.
    private const double Left = 72;
    private const double Right = SvgWriter.Width - 40;
    private const double PlotTop = 30;
    private const double PlotBottom = 230;
    private const double Height = PlotBottom + 26;
    private const double RangeWidth = 8;
    private const double ArrowSize = 5;

    /// <summary>The chart of <paramref name="points"/>.</summary>
    /// <param name="idPrefix">Makes the chart's ids unique on the page: a letter, then letters, digits, '-' or '_'.</param>
    /// <param name="measureLabel">What is measured, e.g. "People displaced".</param>
    /// <param name="unit">The unit of the values, e.g. "people", or empty.</param>
    /// <param name="points">The figures, in any order.</param>
    /// <param name="disagree">True when the figures disagree under the agreement rule: the chart shades their spread.</param>
    /// <param name="verdict">The agreement rule's verdict in words, ending the chart's description; may be empty.</param>
    /// <returns>The <c>svg</c> element, or an empty string when there are no points.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a plain id.</exception>
    public static string Render(string idPrefix, string measureLabel, string unit, IReadOnlyList<FigurePoint> points, bool disagree = false, string verdict = "")
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
        var (min, max) = (sorted.Min(p => p.Value), sorted.Max(p => p.Top));
        var timeAxis = TimeAxis.For(sorted.Select(p => p.AsOf).ToList(), Left, Right);
        var valueAxis = ValueAxis.For([.. sorted.Select(p => p.Value), .. sorted.Select(p => p.Top)]);
        var description = Describe(measureLabel, unit, sorted, min, max, verdict);
        var svg = new SvgWriter(idPrefix, "chart-figures", measureLabel + ": figures by date", description);

        if (unit.Length > 0)
        {
            svg.Text(8, 14, unit, "start", "chart-label");
        }

        DrawValueAxis(svg, valueAxis);
        timeAxis.Draw(svg, PlotTop, PlotBottom);
        if (disagree && min < max)
        {
            DrawSpread(svg, valueAxis, min, max, unit);
        }

        foreach (var point in sorted)
        {
            DrawPoint(svg, timeAxis.Span(point.AsOf), valueAxis, point, unit);
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

    private static void DrawPoint(SvgWriter svg, MarkSpan span, ValueAxis axis, FigurePoint point, string unit)
    {
        var y = axis.Y(point.Value, PlotTop, PlotBottom);
        var title = $"{point.SourceLabel}: {Amount(point, unit)}";
        if (point.High is { } high)
        {
            // A range is a bar from its lower to its upper end, as wide as a dot.
            var top = axis.Y(high, PlotTop, PlotBottom);
            var style = point.Approx ? " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\"" : string.Empty;
            var box = (X: span.Center - (RangeWidth / 2), Y: top, Width: RangeWidth, Height: Math.Max(y - top, 1));
            var shape = $"<rect x=\"{SvgWriter.Num(box.X)}\" y=\"{SvgWriter.Num(top)}\" width=\"{SvgWriter.Num(RangeWidth)}\" height=\"{SvgWriter.Num(box.Height)}\" "
                + $"rx=\"2\" class=\"chart-point chart-point-range{(point.Approx ? " chart-point-approx" : string.Empty)}\"{style}";
            svg.Shape(shape, "rect", box, title, point.Url);
            return;
        }

        if (point.OpenDirection != 0)
        {
            DrawBound(svg, span.Center, y, point.OpenDirection);
        }

        var cssClass = "chart-point" + (point.Approx ? " chart-point-approx" : string.Empty) + (point.OpenDirection != 0 ? " chart-point-bound" : string.Empty);
        svg.Mark(span, y, cssClass, point.Approx, title, point.Url);
    }

    // An open bound runs on from its value to the edge of the plot, ending in an arrow: "at least" upwards, "up to" down to zero.
    private static void DrawBound(SvgWriter svg, double x, double y, int direction)
    {
        var tip = direction > 0 ? PlotTop : PlotBottom;
        var back = tip + (direction * ArrowSize * 1.6);
        svg.Raw($"<g class=\"chart-bound\" stroke=\"currentColor\" fill=\"currentColor\">"
            + $"<line x1=\"{SvgWriter.Num(x)}\" y1=\"{SvgWriter.Num(y)}\" x2=\"{SvgWriter.Num(x)}\" y2=\"{SvgWriter.Num(back)}\" stroke-width=\"1.5\"/>"
            + $"<polygon points=\"{SvgWriter.Num(x - ArrowSize)},{SvgWriter.Num(back)} {SvgWriter.Num(x + ArrowSize)},{SvgWriter.Num(back)} {SvgWriter.Num(x)},{SvgWriter.Num(tip)}\" stroke=\"none\"/>"
            + "</g>");
    }

    // E.g. "about 11,000 people as of October 2024", "up to 200 people as of 2024".
    private static string Amount(FigurePoint point, string unit)
    {
        var number = FormatValue(point.Value) + (point.High is { } high ? "–" + FormatValue(high) : string.Empty);
        var hedge = Data.FigureText.Hedge(point.Qualifier);
        return (hedge.Length == 0 ? number : hedge + " " + number)
            + (unit.Length == 0 ? string.Empty : " " + unit) + " as of " + point.AsOf.Describe();
    }

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

    private static void DrawSpread(SvgWriter svg, ValueAxis axis, decimal min, decimal max, string unit)
    {
        var top = axis.Y(max, PlotTop, PlotBottom);
        var height = Math.Max(axis.Y(min, PlotTop, PlotBottom) - top, 1);
        var title = $"Spread: {FormatValue(min)} to {FormatValue(max)} {unit}".TrimEnd();
        svg.Raw($"<rect class=\"chart-range\" x=\"{SvgWriter.Num(Left)}\" y=\"{SvgWriter.Num(top)}\" "
            + $"width=\"{SvgWriter.Num(Right - Left)}\" height=\"{SvgWriter.Num(height)}\" fill-opacity=\"0.12\">"
            + $"<title>{SvgWriter.Escape(title)}</title></rect>");
    }

    private static string Describe(string measure, string unit, List<FigurePoint> sorted, decimal min, decimal max, string verdict)
    {
        var end = verdict.Length == 0 ? string.Empty : " " + verdict;
        if (sorted.Count == 1)
        {
            return $"1 figure for {measure}: {Amount(sorted[0], unit)}, from {sorted[0].SourceLabel}.{end}";
        }

        var sources = sorted.Select(p => p.SourceLabel).Distinct(StringComparer.Ordinal).Count();
        return string.Create(CultureInfo.InvariantCulture, $"{sorted.Count} figures for {measure} from {sources} ")
            + $"{(sources == 1 ? "source" : "sources")}, as of {sorted[0].AsOf.Describe()} to "
            + $"{sorted.MaxBy(p => p.AsOf.Latest)!.AsOf.Describe()}, ranging from {FormatValue(min)} "
            + $"to {FormatValue(max)}{(unit.Length == 0 ? string.Empty : " " + unit)}.{end}";
    }
}
