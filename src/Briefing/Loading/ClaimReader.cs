using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads one claim of an input/claims/*.yml file, with its figure and evidence.</summary>
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
        var credibility = Credibility(f);
        var attributed = f.References("attributed_to");
        var entities = f.References("entities");
        var figureNode = f.Node("figure");
        var figure = figureNode is null ? null : ReadFigure(figureNode, diagnostics);
        var evidence = f.Items("evidence", required: true, scalars: false).Select(e => ReadEvidence(e, diagnostics)).OfType<Evidence>().ToList();
        var related = f.References("related");
        var notes = f.Markdown("notes");
        return new Claim(id, statement ?? Placeholders.Markdown(f.Location), topics, credibility, attributed, entities, figure, evidence, related, notes, f.Location);
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

    private static Figure? ReadFigure(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "figure", Vocabulary.FigureKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var measure = f.Reference("measure", required: true);
        var value = f.Number("value", required: true);
        var approx = f.Bool("approx") ?? false;
        var asOf = f.Date("as_of");
        return measure is null || value is null ? null : new Figure(measure, value.Value, approx, asOf, f.Location);
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
        return source is null || quote is null ? null : new Evidence(source, quote, f.LocationOf("quote"), stance, f.Location);
    }
}
