using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>How a forecast turned out, and the claims that show it.</summary>
/// <param name="Status">Borne out, partly, not borne out, or still open.</param>
/// <param name="Claims">The claims that show the outcome; required unless the status is open.</param>
/// <param name="Location">Where <c>outcome:</c> was written.</param>
public sealed record Outcome(OutcomeStatus Status, IReadOnlyList<IdRef> Claims, SourceLocation Location);
