using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads one claim of an input/claims/*.yml file, with its figure, evidence and outcome.</summary>
internal static class ClaimReader
{
    public static Claim? Read(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "claim", Vocabulary.ClaimKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var id = f.Id();
        var statement = f.Markdown("statement", required: true, inline: true);
        f.WarnIfCutByComment("statement");
        var topics = f.References("topics", required: true);
        var kind = f.Choice("kind", Vocabulary.ClaimKinds) ?? ClaimKind.Report;
        var credibility = Credibility(f);
        var attributed = f.References("attributed_to");
        var entities = f.References("entities");
        var figureNode = f.Node("figure");
        var figure = figureNode is null ? null : FigureReader.Read(figureNode, diagnostics);
        var evidence = f.Items("evidence", required: true, scalars: false).Select(e => ReadEvidence(e, diagnostics)).OfType<Evidence>().ToList();
        var related = f.References("related");
        var outcome = ReadOutcome(f, kind, id);
        var notes = f.Markdown("notes");
        return new Claim(id, statement ?? Placeholders.Markdown(f.Location), topics, credibility, attributed, entities, figure, evidence, related, notes, f.Location)
        {
            Kind = kind,
            Outcome = outcome,
        };
    }

    // A grade is a plain whole number from 1 to 6: "2" in quotes is refused like any quoted number.
    private static Credibility Credibility(FieldReader f)
    {
        if (f.Node("credibility") is YamlScalar written && GradeWords.CredibilityFor(written.Value) is { } meant)
        {
            f.Diagnostics.Error(DiagnosticCodes.WrongType, written.Location,
                $"'credibility' must be a number from 1 to 6, not '{written.Value}'; '{written.Value.Trim()}' is grade {meant}: write credibility: {meant}");
            return Model.Credibility.CannotBeJudged;
        }

        var grade = f.Integer("credibility");
        if (grade is null or (>= 1 and <= 6))
        {
            return grade is { } g ? (Credibility)g : Model.Credibility.CannotBeJudged;
        }

        f.Diagnostics.Error(DiagnosticCodes.InvalidValue, f.LocationOf("credibility"),
            $"credibility {grade} is not a grade: use 1 (confirmed) to 6 (truth cannot be judged)");
        return Model.Credibility.CannotBeJudged;
    }

    private static Evidence? ReadEvidence(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "piece of evidence", Vocabulary.EvidenceKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var source = f.Reference("source", required: true);
        var quote = f.Text("quote", required: true);
        f.WarnIfCutByComment("quote");
        var stance = f.Choice("stance", Vocabulary.Stances) ?? Stance.Supports;
        var claimant = f.Reference("claimant");
        return source is null || quote is null ? null : new Evidence(source, quote, f.LocationOf("quote"), stance, f.Location) { Claimant = claimant };
    }

    /// <summary>
    /// The contract allows an outcome only on a forecast, and asks for the claims that show it unless it is
    /// still open: a verdict on a forecast should be checkable like anything else on the site.
    /// </summary>
    private static Outcome? ReadOutcome(FieldReader claim, ClaimKind kind, string id)
    {
        var node = claim.Node("outcome");
        var f = node is null ? null : FieldReader.Open(node, "outcome", Vocabulary.OutcomeKeys, claim.Diagnostics);
        if (f is null)
        {
            return null;
        }

        var status = f.Choice("status", Vocabulary.OutcomeStatuses);
        if (f.Node("status", required: true) is not null && status is null)
        {
            // An invalid status was reported by Choice; read the rest as if open so that it is still checked.
            status = OutcomeStatus.Open;
        }

        var claims = f.References("claims");
        if (kind != ClaimKind.Forecast)
        {
            claim.Diagnostics.Error(DiagnosticCodes.OutcomeNotOnForecast, claim.LocationOf("outcome"),
                $"claim '{id}' has an 'outcome' but is {(kind == ClaimKind.Assessment ? "an assessment" : "a report")}; only a forecast has an outcome: add 'kind: forecast' if it is a prediction, or remove 'outcome'");
        }

        if (status is { } s && s != OutcomeStatus.Open && claims.Count == 0 && f.Node("claims") is not YamlSequence { Items.Count: > 0 })
        {
            claim.Diagnostics.Error(DiagnosticCodes.OutcomeWithoutClaims, f.Location,
                $"this outcome's status is '{Vocabulary.WordFor(Vocabulary.OutcomeStatuses, s)}' but it names no claim that shows it; add 'claims: [claim-id]' with the claims that show it, or write 'status: open' until one does");
        }

        return status is { } known ? new Outcome(known, claims, f.Location) : null;
    }
}
