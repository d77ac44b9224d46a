using Briefing.Model;
using Briefing.Site.Charts;

namespace Briefing.Site.Data;

/// <summary>
/// A figure as a reader should read it: with its hedge ("up to 200", "nearly 50", "about 11,000–12,000"),
/// wherever it is shown, so that no page turns "as many as 30" into a plain 30.
/// </summary>
public static class FigureText
{
    /// <summary>The hedge's words before the number, e.g. "up to"; empty for an exact figure.</summary>
    public static string Hedge(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.About => "about",
        FigureQualifier.Nearly => "nearly",
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.MoreThan => "more than",
        FigureQualifier.UpTo => "up to",
        FigureQualifier.FewerThan => "fewer than",
        _ => "",
    };

    /// <summary>The number or range alone, without its hedge: "11,000" or "11,000–12,000".</summary>
    public static string Number(Figure figure) =>
        FigureChartSvg.FormatValue(figure.Value) + (figure.High is { } high ? "–" + FigureChartSvg.FormatValue(high) : "");

    /// <summary>The figure with its hedge: "about 11,000–12,000", "up to 200", "11,000".</summary>
    public static string Value(Figure figure)
    {
        var hedge = Hedge(figure.Qualifier);
        return hedge.Length == 0 ? Number(figure) : hedge + " " + Number(figure);
    }

    /// <summary>The figure with its hedge and unit: "up to 200 soldiers".</summary>
    public static string WithUnit(Figure figure, string unit) =>
        unit.Length == 0 ? Value(figure) : Value(figure) + " " + unit;
}
