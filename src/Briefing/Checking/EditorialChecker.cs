using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// Warnings about grades and attributions an analyst would question: a high grade on a contested claim with
/// no word of why, a forecast graded as if it were settled, and an attribution that no evidence bears out.
/// </summary>
internal static class EditorialChecker
{
    public static void Check(BriefingContent content, BriefingIndex index, DiagnosticBag diagnostics)
    {
        foreach (var claim in content.Claims.Where(c => !content.Incomplete.Contains("claim:" + c.Id)))
        {
            ContestedWithoutNotes(claim, diagnostics);
            ForecastGradedAsSettled(claim, diagnostics);
            AttributionNotBorneOut(claim, index, diagnostics);
        }
    }

    // Grading a contradicted claim "probably true" or better may be right, but the reader deserves the reason.
    private static void ContestedWithoutNotes(Claim claim, DiagnosticBag diagnostics)
    {
        if (claim.Credibility is Credibility.Confirmed or Credibility.ProbablyTrue && claim.Notes is null
            && claim.Evidence.Any(e => e.Stance == Stance.Contradicts))
        {
            diagnostics.Warning(DiagnosticCodes.ContestedGradeWithoutNotes, claim.Location,
                $"claim '{claim.Id}' is graded {(int)claim.Credibility} ({(claim.Credibility == Credibility.Confirmed ? "confirmed by other sources" : "probably true")}) although evidence contradicts it, and its 'notes' do not say why; add notes that weigh the contradiction, or lower the grade");
        }
    }

    // Nothing can have confirmed what has not happened yet.
    private static void ForecastGradedAsSettled(Claim claim, DiagnosticBag diagnostics)
    {
        if (claim.IsForecast && claim.Credibility == Credibility.Confirmed && claim.Outcome is null or { Status: OutcomeStatus.Open })
        {
            var state = claim.Outcome is null ? "has no outcome" : "has an open outcome";
            diagnostics.Warning(DiagnosticCodes.OpenForecastConfirmed, claim.Location,
                $"forecast '{claim.Id}' is graded 1 (confirmed by other sources) but {state}; grade how likely the prediction is (2 or lower), or add an 'outcome' with the claims that show it came true");
        }
    }

    // attributed_to says who asserts the claim; if no evidence has one of them as its claimant, the texts do not show it.
    private static void AttributionNotBorneOut(Claim claim, BriefingIndex index, DiagnosticBag diagnostics)
    {
        // An unknown id is already an error (BRF030); a warning about it would only repeat it.
        var ids = claim.AttributedTo.Concat(claim.Evidence.Select(e => e.Claimant).OfType<IdRef>());
        if (claim.AttributedTo.Count == 0 || ids.Any(a => !index.Entities.ContainsKey(a.Id)))
        {
            return;
        }

        var claimants = Claimants.OfEach(index, claim).Select(c => c.EntityId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (claim.AttributedTo.Any(a => claimants.Contains(a.Id)))
        {
            return;
        }

        var names = string.Join(", ", claim.AttributedTo.Select(a => $"'{a.Id}'").Distinct(StringComparer.Ordinal));
        diagnostics.Warning(DiagnosticCodes.AttributionWithoutClaimant, claim.AttributedTo[0].Location,
            $"claim '{claim.Id}' is attributed to {names}, but no piece of its evidence has any of them as its claimant; add 'claimant: {claim.AttributedTo[0].Id}' to the evidence where the text names them, or correct 'attributed_to'");
    }
}
