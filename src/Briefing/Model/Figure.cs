using Briefing.Dates;
using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A number a claim gives for a measure.</summary>
/// <param name="Measure">The measure it is a figure for.</param>
/// <param name="Value">The number as given; the lower end when <paramref name="High"/> is given.</param>
/// <param name="Qualifier">How the source hedges it ("about", "up to"); version 1's <c>approx: true</c> is <see cref="FigureQualifier.About"/>.</param>
/// <param name="High">The upper end of a range ("11,000–12,000"), greater than <paramref name="Value"/>.</param>
/// <param name="AsOf">The date the figure is for; when null, the publication date of the first evidence's source.</param>
/// <param name="Location">Where <c>figure:</c> was written.</param>
public sealed record Figure(IdRef Measure, decimal Value, FigureQualifier Qualifier, decimal? High, EdtfDate? AsOf, SourceLocation Location)
{
    /// <summary>True when the figure is hedged in any way (not exact, or a range).</summary>
    public bool IsHedged => Qualifier != FigureQualifier.Exact || High is not null;
}
