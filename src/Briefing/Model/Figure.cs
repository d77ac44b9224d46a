using Briefing.Dates;
using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A number a claim gives for a measure.</summary>
/// <param name="Measure">The measure it is a figure for.</param>
/// <param name="Value">The number as given.</param>
/// <param name="Approx">The source hedges ("some", "nearly", "about").</param>
/// <param name="AsOf">The date the figure is for; when null, the publication date of the first evidence's source.</param>
/// <param name="Location">Where <c>figure:</c> was written.</param>
public sealed record Figure(IdRef Measure, decimal Value, bool Approx, EdtfDate? AsOf, SourceLocation Location);
