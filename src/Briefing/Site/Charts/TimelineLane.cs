using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>
/// One lane of a timeline: its label, then its marks in date order, spread over up to
/// <see cref="MaxRows"/> rows so that marks close in time stay apart.
/// </summary>
internal sealed class TimelineLane
{
    private const int MaxRows = 4;
    private const double LabelHeight = 32;
    private const double RowHeight = MarkSpan.HitSize;
    private const double BottomPadding = 8;

    private readonly string _cssClass;
    private readonly List<TimelineItem> _items;
    private readonly List<MarkSpan> _spans;
    private readonly int[] _rows;
    private readonly int[] _groups;

    /// <summary>Lays out <paramref name="items"/> on <paramref name="axis"/>.</summary>
    /// <param name="label">The lane's label, shown above its marks.</param>
    /// <param name="cssClass">The class of every mark in the lane.</param>
    /// <param name="items">The marks, in any order.</param>
    /// <param name="axis">The timeline's axis.</param>
    public TimelineLane(string label, string cssClass, IEnumerable<TimelineItem> items, TimeAxis axis)
    {
        Label = label;
        _cssClass = cssClass;

        // OrderBy is stable, so items on the same date keep the caller's order: the output is deterministic.
        _items = items.OrderBy(i => i.Date, EdtfDate.Comparer).ToList();
        _spans = _items.Select(i => axis.Span(i.Date)).ToList();
        _rows = MarkRows.Assign(_spans, MaxRows);
        _groups = MarkRows.Groups(_spans, _rows);
    }

    /// <summary>How tall the lane is, label included.</summary>
    public double Height => LabelHeight + (RowCount * RowHeight) + BottomPadding;

    /// <summary>The lane's label.</summary>
    public string Label { get; }

    /// <summary>The lane's items, in date order.</summary>
    public IReadOnlyList<TimelineItem> Items => _items;

    private int RowCount => _rows.Length == 0 ? 1 : Math.Max(_rows.Max() + 1, 1);

    /// <summary>Draws the lane with its top at <paramref name="top"/>; the label starts at <paramref name="labelX"/>.</summary>
    public void Draw(SvgWriter svg, double top, double labelX)
    {
        svg.Text(labelX, top + 14, Label, "start", "chart-label");
        svg.Raw($"<g class=\"chart-lane {_cssClass}-lane\">");
        for (var i = 0; i < _items.Count; i++)
        {
            if (_rows[i] == MarkRows.NoRow)
            {
                continue;
            }

            // A mark with no room of its own joins its nearest neighbour, whose name then lists both.
            var members = Enumerable.Range(0, _items.Count).Where(j => _groups[j] == i).Select(j => _items[j]).ToList();
            var title = string.Join("; ", members.Select(m => $"{m.Label} — {m.Date.Describe()}"));
            if (members.Count > 1)
            {
                title = $"{members.Count} items: {title}";
            }

            var y = top + LabelHeight + (RowHeight / 2) + (_rows[i] * RowHeight);
            svg.Mark(_spans[i], y, _cssClass, hollow: false, title, _items[i].Url, members.Count);
        }

        svg.Raw("</g>");
    }
}
