using System.Globalization;

namespace Briefing.Site.Charts;

/// <summary>
/// Draws timelines as inline SVG: a lane of marks per kind of item over a shared time axis, each
/// mark a dot (a day) or a bar (a month, year or range), with its label and date as tooltip.
/// Labels are not written on the chart, where they would crowd; the page lists the items beside it.
/// </summary>
public static class TimelineSvg
{
    // Wide margins keep a tick label centred on the first or last tick inside the viewBox.
    private const double Left = 32;
    private const double Right = SvgWriter.Width - 32;
    private const double Top = 4;
    private const double AxisLabelsHeight = 26;

    /// <summary>
    /// A timeline with an upper lane for when things happened and a lower lane for when sources
    /// reported, over one axis spanning every item.
    /// </summary>
    /// <param name="idPrefix">Makes the chart's ids unique on the page: a letter, then letters, digits, '-' or '_'.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="publications">The publications, in any order.</param>
    /// <param name="eventsLaneLabel">The label of the upper lane, e.g. "When things happened".</param>
    /// <param name="publicationsLaneLabel">The label of the lower lane, e.g. "When sources reported".</param>
    /// <returns>The <c>svg</c> element, or an empty string when there are no items at all.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a plain id.</exception>
    public static string TwoLanes(
        string idPrefix,
        IReadOnlyList<TimelineItem> events,
        IReadOnlyList<TimelineItem> publications,
        string eventsLaneLabel,
        string publicationsLaneLabel)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentNullException.ThrowIfNull(eventsLaneLabel);
        ArgumentNullException.ThrowIfNull(publicationsLaneLabel);
        return Render(idPrefix, [(eventsLaneLabel, "chart-event", events), (publicationsLaneLabel, "chart-source", publications)]);
    }

    /// <summary>A single-lane timeline, the small version for a topic page.</summary>
    /// <param name="idPrefix">Makes the chart's ids unique on the page: a letter, then letters, digits, '-' or '_'.</param>
    /// <param name="events">The events, in any order.</param>
    /// <param name="laneLabel">The label of the lane.</param>
    /// <returns>The <c>svg</c> element, or an empty string when there are no events.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a plain id.</exception>
    public static string OneLane(string idPrefix, IReadOnlyList<TimelineItem> events, string laneLabel)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(laneLabel);
        return Render(idPrefix, [(laneLabel, "chart-event", events)]);
    }

    private static string Render(string idPrefix, (string Label, string CssClass, IReadOnlyList<TimelineItem> Items)[] lanes)
    {
        var dates = lanes.SelectMany(l => l.Items).Select(i => i.Date).ToList();
        if (dates.Count == 0)
        {
            return string.Empty;
        }

        var axis = TimeAxis.For(dates, Left, Right);
        var laid = lanes.Select(l => new TimelineLane(l.Label, l.CssClass, l.Items, axis)).ToList();
        var title = "Timeline: " + string.Join("; ", laid.Select(l => l.Label));
        var svg = new SvgWriter(idPrefix, "chart-timeline", title, Describe(laid));

        // The grid goes first, so that it lies under the marks.
        var axisY = Top + laid.Sum(l => l.Height);
        axis.Draw(svg, Top + 20, axisY);
        var y = Top;
        foreach (var lane in laid)
        {
            lane.Draw(svg, y, Left);
            y += lane.Height;
        }

        return svg.Finish(axisY + AxisLabelsHeight);
    }

    // E.g. "When things happened: 3 items, from 16 October 2024 to March 2025. When sources reported: none."
    private static string Describe(IEnumerable<TimelineLane> lanes) =>
        string.Join(" ", lanes.Select(lane => lane.Items.Count switch
        {
            0 => $"{lane.Label}: none.",
            1 => $"{lane.Label}: 1 item, {lane.Items[0].Date.Describe()}.",
            var n => string.Create(CultureInfo.InvariantCulture, $"{lane.Label}: {n} items, from ")
                + $"{lane.Items[0].Date.Describe()} to {lane.Items.MaxBy(i => i.Date.Latest)!.Date.Describe()}.",
        }));
}
