using Briefing.Checking;
using Briefing.Diagnostics;

namespace Briefing.Validation;

/// <summary>What validating a briefing found.</summary>
/// <param name="Briefing">The checked briefing; usable for a build only when <see cref="Succeeded"/>.</param>
/// <param name="Diagnostics">Every problem, sorted by file, line and column.</param>
/// <param name="Strict">Whether warnings count as failures.</param>
public sealed record ValidationResult(CheckedBriefing Briefing, IReadOnlyList<Diagnostic> Diagnostics, bool Strict)
{
    /// <summary>No errors, and no warnings either when strict.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError || Strict);
}
