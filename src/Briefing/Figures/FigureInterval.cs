using Briefing.Model;

namespace Briefing.Figures;

/// <summary>
/// The numbers a hedged figure allows, for comparing figures: an interval whose ends may be open or
/// missing (unbounded). <c>about</c> covers 10 % either side, <c>nearly</c> the 10 % below the value,
/// <c>at-least</c>/<c>more-than</c> everything above, <c>up-to</c>/<c>fewer-than</c> everything below.
/// </summary>
/// <param name="Low">The lower end, or null when unbounded below.</param>
/// <param name="LowOpen">True when <paramref name="Low"/> itself is excluded ("more than 40").</param>
/// <param name="High">The upper end, or null when unbounded above.</param>
/// <param name="HighOpen">True when <paramref name="High"/> itself is excluded ("fewer than 40").</param>
public sealed record FigureInterval(decimal? Low, bool LowOpen, decimal? High, bool HighOpen)
{
    private const decimal Tolerance = 0.1m;

    /// <summary>The interval of <paramref name="figure"/>.</summary>
    public static FigureInterval Of(Figure figure) => Of(figure.Value, figure.High, figure.Qualifier);

    /// <summary>The interval of a value (or range <paramref name="value"/>–<paramref name="high"/>) with a qualifier.</summary>
    public static FigureInterval Of(decimal value, decimal? high, FigureQualifier qualifier)
    {
        var top = high ?? value;
        return qualifier switch
        {
            FigureQualifier.About => new(value - (Tolerance * Math.Abs(value)), false, top + (Tolerance * Math.Abs(top)), false),
            FigureQualifier.Nearly => new(value - (Tolerance * Math.Abs(value)), false, top, false),
            FigureQualifier.AtLeast => new(value, false, null, false),
            FigureQualifier.MoreThan => new(value, true, null, false),
            FigureQualifier.UpTo => new(null, false, top, false),
            FigureQualifier.FewerThan => new(null, false, top, true),
            _ => new(value, false, top, false),
        };
    }

    /// <summary>True when some single number lies in both intervals.</summary>
    public bool Overlaps(FigureInterval other) => Below(Low, LowOpen, other.High, other.HighOpen) && Below(other.Low, other.LowOpen, High, HighOpen);

    // A lower end and an upper end leave room for a number between them; touching ends count only when both are closed.
    private static bool Below(decimal? low, bool lowOpen, decimal? high, bool highOpen) =>
        low is not { } l || high is not { } h || l < h || (l == h && !lowOpen && !highOpen);
}
