using Briefing.Dates;
using Briefing.Model;

namespace Briefing.Figures;

/// <summary>What the figures of one measure say together, under the contract's rule.</summary>
public enum AgreementKind
{
    /// <summary>No figures at all.</summary>
    None,

    /// <summary>One figure: "one report", no spread.</summary>
    OneReport,

    /// <summary>Every figure is for an overlapping time and some single number satisfies all of them.</summary>
    Agree,

    /// <summary>The figures are for times that do not all overlap, and none of those that do conflict: a series over time.</summary>
    Series,

    /// <summary>At least two figures for overlapping times that no single number satisfies.</summary>
    Disagree,
}

/// <summary>One figure of a measure, with the date it is for (its <c>as_of</c>, or the default the contract gives).</summary>
/// <param name="Figure">The figure as written.</param>
/// <param name="AsOf">The date it is for.</param>
public sealed record DatedFigure(Figure Figure, EdtfDate AsOf);

/// <summary>
/// The verdict on a measure's figures. Figures disagree only when they cannot all be true at once: their
/// <c>as_of</c> dates overlap and no single number satisfies both. Figures whose dates do not overlap form a
/// series, never a disagreement.
/// </summary>
/// <param name="Kind">The verdict.</param>
/// <param name="Conflicts">Each pair of figures (indexes into the list given) that disagree, lower index first.</param>
public sealed record MeasureAgreement(AgreementKind Kind, IReadOnlyList<(int First, int Second)> Conflicts)
{
    /// <summary>Applies the rule to <paramref name="figures"/>, all of one measure.</summary>
    public static MeasureAgreement Of(IReadOnlyList<DatedFigure> figures)
    {
        if (figures.Count < 2)
        {
            return new(figures.Count == 0 ? AgreementKind.None : AgreementKind.OneReport, []);
        }

        var intervals = figures.Select(f => FigureInterval.Of(f.Figure)).ToList();
        var conflicts = new List<(int, int)>();
        var allOverlapInTime = true;
        for (var i = 0; i < figures.Count; i++)
        {
            for (var j = i + 1; j < figures.Count; j++)
            {
                if (!SameTime(figures[i].AsOf, figures[j].AsOf))
                {
                    allOverlapInTime = false;
                }
                else if (!intervals[i].Overlaps(intervals[j]))
                {
                    conflicts.Add((i, j));
                }
            }
        }

        // Intervals on a line that meet pairwise share a point (Helly), so pairs are enough to decide.
        var kind = conflicts.Count > 0 ? AgreementKind.Disagree : allOverlapInTime ? AgreementKind.Agree : AgreementKind.Series;
        return new(kind, conflicts);
    }

    /// <summary>True when figure <paramref name="index"/> is in a disagreeing pair.</summary>
    public bool InConflict(int index) => Conflicts.Any(c => c.First == index || c.Second == index);

    /// <summary>Two dates overlap when some day could be both.</summary>
    public static bool SameTime(EdtfDate a, EdtfDate b) => a.Earliest <= b.Latest && b.Earliest <= a.Latest;
}
