using Briefing.Dates;
using Briefing.Figures;
using Briefing.Model;

namespace Briefing.Site.Data;

/// <summary>
/// What every page says about one measure: its figures, the verdict of the one agreement rule
/// (<see cref="MeasureAgreement"/>) and that verdict in words. The home page, the topic pages and the
/// measure's own page all take their words from here, so no two pages can say different things.
/// </summary>
/// <param name="Claims">The claims that give a figure for the measure, in date and value order.</param>
/// <param name="Figures">Their figures with the dates they are for, in the same order.</param>
/// <param name="Agreement">The verdict on them.</param>
public sealed record MeasureSummary(IReadOnlyList<Claim> Claims, IReadOnlyList<DatedFigure> Figures, MeasureAgreement Agreement)
{
    /// <summary>The summary of <paramref name="measureId"/>'s figures.</summary>
    public static MeasureSummary For(SiteData data, string measureId)
    {
        var claims = data.FiguresByMeasure[measureId]
            .OrderBy(data.FigureDate).ThenBy(c => c.Figure!.Value).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var figures = claims.Select(c => new DatedFigure(c.Figure!, data.FigureDate(c))).ToList();
        return new MeasureSummary(claims, figures, MeasureAgreement.Of(figures));
    }

    /// <summary>True when the figures disagree under the rule.</summary>
    public bool Disagree => Agreement.Kind == AgreementKind.Disagree;

    /// <summary>The figures in short, each with its hedge: "about 11,000", or "10,000, about 11,000, 12,000".</summary>
    public string FiguresText()
    {
        var distinct = Figures.Select(f => f.Figure).OrderBy(f => f.Value).ThenBy(f => f.High ?? f.Value)
            .Select(FigureText.Value).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count switch
        {
            0 => "no figures",
            <= 4 => string.Join(", ", distinct),
            _ => $"{distinct[0]} … {distinct[^1]}",
        };
    }

    /// <summary>The verdict in a word or two, for tables: "disagree", "agree", "a series over time", "one report".</summary>
    public string Verdict => Agreement.Kind switch
    {
        AgreementKind.Disagree => "disagree",
        AgreementKind.Agree => "agree",
        AgreementKind.Series => "a series over time",
        AgreementKind.OneReport => "one report",
        _ => "no figures",
    };

    /// <summary>The verdict as a sentence, for the measure's page.</summary>
    public string Sentence(string unit)
    {
        switch (Agreement.Kind)
        {
            case AgreementKind.None:
                return "No figures are reported.";
            case AgreementKind.OneReport:
                return $"One report: {FigureText.WithUnit(Figures[0].Figure, unit)}, as of {Figures[0].AsOf.Describe()}.";
            case AgreementKind.Agree:
                return $"The {Figures.Count} reports agree: their figures ({FiguresText()}) can all be true at once.";
            case AgreementKind.Series:
                return $"The {Figures.Count} reports form a series over time, from {Period()}: no two figures for the same time conflict.";
        }

        var (a, b) = Agreement.Conflicts[0];
        var pairs = Agreement.Conflicts.Count == 1 ? "two figures for the same time cannot both be true"
            : $"{Agreement.Conflicts.Count} pairs of figures for the same time cannot both be true";
        return $"Sources disagree: {pairs}, e.g. {Dated(Figures[a], unit)} against {Dated(Figures[b], unit)}.";
    }

    private static string Dated(DatedFigure f, string unit) => $"{FigureText.WithUnit(f.Figure, unit)} (as of {f.AsOf.Describe()})";

    private string Period()
    {
        var first = Figures.Select(f => f.AsOf).Min()!;
        var last = Figures.Select(f => f.AsOf).MaxBy(d => d.Latest)!;
        return $"{first.Describe()} to {last.Describe()}";
    }
}
