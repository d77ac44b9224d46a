namespace Briefing.Site.Charts;

/// <summary>
/// Where a date falls on a <see cref="TimeAxis"/>: from the start of its first day to the end of its
/// last. A single day is drawn as a dot at the middle of that day, anything longer as a bar.
/// </summary>
/// <param name="Start">The x of the start of the first day.</param>
/// <param name="End">The x of the end of the last day.</param>
/// <param name="IsDay">True when the date is a single day.</param>
internal readonly record struct MarkSpan(double Start, double End, bool IsDay)
{
    /// <summary>The radius of a dot.</summary>
    public const double Radius = 5;

    /// <summary>The height of a bar.</summary>
    public const double BarHeight = 8;

    // A two-day range on a ten-year axis would be a hairline: keep every bar visible and hoverable.
    private const double MinimumBarWidth = 6;

    /// <summary>The x of the middle of the span, where a dot is drawn.</summary>
    public double Center => (Start + End) / 2;

    /// <summary>The drawn width of a bar.</summary>
    public double BarWidth => Math.Max(End - Start, MinimumBarWidth);

    /// <summary>The left edge of what is drawn.</summary>
    public double DrawnLeft => IsDay ? Center - Radius : Start;

    /// <summary>The right edge of what is drawn.</summary>
    public double DrawnRight => IsDay ? Center + Radius : Start + BarWidth;

    /// <summary>
    /// The side of the square a pointer or finger can hit, in chart units: 24, the WCAG 2.2 target size,
    /// since charts are never drawn smaller than one CSS pixel a unit (the theme sets their minimum width).
    /// </summary>
    public const double HitSize = 24;

    /// <summary>The left edge of the mark's target: at least <see cref="HitSize"/> wide, centred on the mark.</summary>
    public double HitLeft => Math.Min(DrawnLeft, ((DrawnLeft + DrawnRight) / 2) - (HitSize / 2));

    /// <summary>The right edge of the mark's target.</summary>
    public double HitRight => Math.Max(DrawnRight, ((DrawnLeft + DrawnRight) / 2) + (HitSize / 2));
}
