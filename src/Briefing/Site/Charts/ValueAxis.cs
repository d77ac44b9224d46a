namespace Briefing.Site.Charts;

/// <summary>
/// A linear value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten apart) that cover
/// every value. It always takes in 0, the honest baseline for counts: an axis that started just below
/// the smallest value would make small differences between sources look large.
/// </summary>
internal sealed class ValueAxis
{
    // Six ticks or so fit the chart's height; rounding the ends outwards can add one.
    private const int TargetTicks = 6;

    private static readonly decimal[] NiceMantissas = [1m, 2m, 2.5m, 5m, 10m];

    private ValueAxis(IReadOnlyList<decimal> ticks) => Ticks = ticks;

    /// <summary>The tick values, ascending; the first and last are the ends of the axis.</summary>
    public IReadOnlyList<decimal> Ticks { get; }

    /// <summary>The axis for <paramref name="values"/>.</summary>
    /// <param name="values">At least one value.</param>
    public static ValueAxis For(IReadOnlyCollection<decimal> values)
    {
        var (low, high) = Domain(values.Min(), values.Max());
        var step = NiceStep((high - low) / (TargetTicks - 1));
        var ticks = new List<decimal>();

        // From the last tick at or below low to the first at or above high.
        for (var tick = Math.Floor(low / step) * step; tick < high + step; tick += step)
        {
            ticks.Add(tick);
        }

        return new ValueAxis(ticks);
    }

    /// <summary>
    /// The y of <paramref name="value"/>, with the lowest tick at <paramref name="bottom"/> and the
    /// highest at <paramref name="top"/>.
    /// </summary>
    public double Y(decimal value, double top, double bottom)
    {
        var fraction = (double)((value - Ticks[0]) / (Ticks[^1] - Ticks[0]));
        return bottom - (fraction * (bottom - top));
    }

    private static (decimal Low, decimal High) Domain(decimal min, decimal max)
    {
        var low = Math.Min(min, 0);
        var high = Math.Max(max, 0);
        return (low, high == low ? low + 1 : high);
    }

    private static decimal NiceStep(decimal rough)
    {
        var exponent = (int)Math.Floor(Math.Log10((double)rough));
        var power = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            power = exponent > 0 ? power * 10 : power / 10;
        }

        var mantissa = NiceMantissas.First(m => m * power >= rough);
        return mantissa * power;
    }
}
