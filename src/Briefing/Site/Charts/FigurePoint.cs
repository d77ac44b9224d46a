using Briefing.Dates;
using Briefing.Model;

namespace Briefing.Site.Charts;

/// <summary>One source's figure for a measure, as drawn on a <see cref="FigureChartSvg"/>.</summary>
/// <param name="Value">The figure; the lower end when <paramref name="High"/> is given.</param>
/// <param name="High">The upper end of a range, drawn as a bar from <paramref name="Value"/> to it.</param>
/// <param name="Qualifier">The hedge: about is drawn hollow, an open bound as a bound with an arrow.</param>
/// <param name="AsOf">The date the figure describes.</param>
/// <param name="SourceLabel">Who gave the figure; used in the mark's name.</param>
/// <param name="Url">Where the mark leads (the claim that gives the figure); null draws a plain mark.</param>
public sealed record FigurePoint(decimal Value, decimal? High, FigureQualifier Qualifier, EdtfDate AsOf, string SourceLabel, string? Url = null)
{
    /// <summary>A plain figure with no range.</summary>
    public FigurePoint(decimal value, FigureQualifier qualifier, EdtfDate asOf, string sourceLabel, string? url = null)
        : this(value, null, qualifier, asOf, sourceLabel, url)
    {
    }

    /// <summary>True for a hedge drawn hollow: about and nearly.</summary>
    public bool Approx => Qualifier is FigureQualifier.About or FigureQualifier.Nearly;

    /// <summary>+1 when the figure is open upwards (at least, more than), −1 downwards (up to, fewer than), else 0.</summary>
    public int OpenDirection => Qualifier switch
    {
        FigureQualifier.AtLeast or FigureQualifier.MoreThan => 1,
        FigureQualifier.UpTo or FigureQualifier.FewerThan => -1,
        _ => 0,
    };

    /// <summary>The highest value drawn: the range's upper end, or the value.</summary>
    public decimal Top => High ?? Value;
}
