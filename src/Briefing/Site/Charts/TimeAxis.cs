using System.Globalization;
using Briefing.Dates;

namespace Briefing.Site.Charts;

/// <summary>
/// Maps days to x between two edges of a chart, and chooses and draws its ticks: months when the
/// dates span at most 30 months, years beyond that, thinned so that their labels never overlap.
/// Days are counted as <see cref="DateOnly.DayNumber"/>, and a day occupies [day, day + 1).
/// </summary>
internal sealed class TimeAxis
{
    // One day is a dot with no width to compare: show at least two months around it.
    private const int MinimumDays = 60;
    private const double DaysPerMonth = 365.2425 / 12;
    private const double MaximumMonthsWithMonthTicks = 30;

    // Labels are 11 units high: "Sep 2024" is about 47 units wide, "2024" about 25.
    private const double MonthLabelSpacing = 52;
    private const double YearLabelSpacing = 40;
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12];
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

    private readonly int _startDay;
    private readonly int _endDay;
    private readonly bool _monthTicks;

    private TimeAxis(int startDay, int endDay, bool monthTicks, double left, double right)
    {
        (_startDay, _endDay, _monthTicks, Left, Right) = (startDay, endDay, monthTicks, left, right);
    }

    /// <summary>The x of the start of the axis.</summary>
    public double Left { get; }

    /// <summary>The x of the end of the axis.</summary>
    public double Right { get; }

    private double UnitsPerDay => (Right - Left) / (_endDay - _startDay);

    /// <summary>An axis over every day <paramref name="dates"/> can mean, padded a little on both sides.</summary>
    /// <param name="dates">At least one date.</param>
    /// <param name="left">The x of the start of the axis.</param>
    /// <param name="right">The x of the end of the axis.</param>
    public static TimeAxis For(IReadOnlyCollection<EdtfDate> dates, double left, double right)
    {
        var first = dates.Min(d => d.Earliest.DayNumber);
        var last = dates.Max(d => d.Latest.DayNumber) + 1;
        var span = last - first;
        var pad = Math.Max(span / 25, 1);
        if (span + (2 * pad) < MinimumDays)
        {
            pad = ((MinimumDays - span) / 2) + 1;
        }

        var start = Math.Max(first - pad, DateOnly.MinValue.DayNumber);
        var end = Math.Min(last + pad, DateOnly.MaxValue.DayNumber + 1);
        // The choice of ticks follows the dates' own span, not the padding.
        return new TimeAxis(start, end, span <= MaximumMonthsWithMonthTicks * DaysPerMonth, left, right);
    }

    /// <summary>The x of the start of the day numbered <paramref name="dayNumber"/>.</summary>
    public double X(int dayNumber) => Left + ((dayNumber - _startDay) * UnitsPerDay);

    /// <summary>Where <paramref name="date"/> falls, from the start of its first day to the end of its last.</summary>
    public MarkSpan Span(EdtfDate date) =>
        new(X(date.Earliest.DayNumber), X(date.Latest.DayNumber + 1), date.Earliest == date.Latest);

    /// <summary>The labelled ticks, left to right, each at the start of its month or year.</summary>
    public IReadOnlyList<(double X, string Label)> Ticks() => _monthTicks ? MonthTicks() : YearTicks();

    /// <summary>
    /// Draws the vertical grid from <paramref name="gridTop"/> down, and the axis line, ticks and
    /// labels at <paramref name="axisY"/>.
    /// </summary>
    public void Draw(SvgWriter svg, double gridTop, double axisY)
    {
        var ticks = Ticks();
        svg.Raw("<g class=\"chart-grid\" stroke=\"currentColor\" stroke-opacity=\"0.2\">");
        foreach (var (x, _) in ticks)
        {
            svg.Line(x, gridTop, x, axisY);
        }

        // Only the lines are stroked: a stroke would blur the labels.
        svg.Raw("</g><g class=\"chart-axis\" font-size=\"11\"><g stroke=\"currentColor\">");
        svg.Line(Left, axisY, Right, axisY);
        foreach (var (x, _) in ticks)
        {
            svg.Line(x, axisY, x, axisY + 4);
        }

        svg.Raw("</g>");
        foreach (var (x, label) in ticks)
        {
            svg.Text(x, axisY + 16, label, "middle");
        }

        svg.Raw("</g>");
    }

    private List<(double X, string Label)> MonthTicks()
    {
        var unitsPerMonth = UnitsPerDay * DaysPerMonth;
        var step = MonthSteps.FirstOrDefault(s => s * unitsPerMonth >= MonthLabelSpacing, 12);
        var ticks = new List<(double, string)>();
        var start = DateOnly.FromDayNumber(_startDay);
        var month = new DateOnly(start.Year, start.Month, 1);
        month = month < start ? month.AddMonths(1) : month;
        for (; month.DayNumber < _endDay; month = month.AddMonths(1))
        {
            if ((month.Month - 1) % step == 0)
            {
                var label = MonthNames.English(month.Month)[..3] + " " + month.Year.ToString(CultureInfo.InvariantCulture);
                ticks.Add((X(month.DayNumber), label));
            }

            if (month.Year == DateOnly.MaxValue.Year && month.Month == 12)
            {
                break;
            }
        }

        return ticks;
    }

    private List<(double X, string Label)> YearTicks()
    {
        var unitsPerYear = UnitsPerDay * DaysPerMonth * 12;
        var step = YearSteps.FirstOrDefault(s => s * unitsPerYear >= YearLabelSpacing, 5000);

        var ticks = new List<(double, string)>();
        var start = DateOnly.FromDayNumber(_startDay);
        var firstYear = start.DayOfYear == 1 ? start.Year : start.Year + 1;
        for (var year = firstYear; year <= DateOnly.MaxValue.Year && new DateOnly(year, 1, 1).DayNumber < _endDay; year++)
        {
            if (year % step == 0)
            {
                ticks.Add((X(new DateOnly(year, 1, 1).DayNumber), year.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return ticks;
    }
}
