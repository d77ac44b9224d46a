using System.Globalization;
using System.Text;

namespace Briefing.Generator;

/// <summary>Writes the claims, a hundred to a file (the claims of ten consecutive sources).</summary>
internal static class ClaimWriter
{
    public const int ClaimsPerFile = 100;

    public static void Write(string root, Plan plan, bool formatV2)
    {
        for (var first = 0; first < plan.Claims.Count; first += ClaimsPerFile)
        {
            var yaml = new StringBuilder("# Generated claims.\n");
            foreach (var claim in plan.Claims.Skip(first).Take(ClaimsPerFile))
            {
                Append(yaml, plan, claim, formatV2);
            }

            Files.Write(root, $"input/claims/part-{first / ClaimsPerFile + 1:D4}.yml", yaml.ToString());
        }
    }

    private static void Append(StringBuilder yaml, Plan plan, PlannedClaim claim, bool formatV2)
    {
        yaml.Append("\n- id: ").Append(claim.Id).Append('\n');
        yaml.Append("  statement: ").Append(Yaml.Quoted(claim.Statement)).Append('\n');
        yaml.Append("  topics: ").Append(Yaml.List(claim.Topics.Select(t => plan.Topics[t].Id))).Append('\n');
        if (claim.Kind is not null && formatV2)
        {
            yaml.Append("  kind: ").Append(claim.Kind).Append('\n');
        }

        yaml.Append("  credibility: ").Append(claim.Credibility).Append('\n');
        if (claim.AttributedTo is not null)
        {
            yaml.Append("  attributed_to: [").Append(claim.AttributedTo).Append("]\n");
        }

        yaml.Append("  entities: ").Append(Yaml.List(claim.Entities)).Append('\n');
        AppendFigure(yaml, plan, claim, formatV2);
        yaml.Append("  evidence:\n");
        foreach (var evidence in claim.Evidence)
        {
            yaml.Append("    - source: ").Append(plan.Sources[evidence.Source].Id).Append('\n');
            yaml.Append("      quote: ").Append(Yaml.Quoted(evidence.Quote)).Append('\n');
            if (evidence.Stance is not null)
            {
                yaml.Append("      stance: ").Append(evidence.Stance).Append('\n');
            }

            if (evidence.Claimant is not null && formatV2)
            {
                yaml.Append("      claimant: ").Append(evidence.Claimant).Append('\n');
            }
        }

        if (claim.Related.Count > 0)
        {
            yaml.Append("  related: ").Append(Yaml.List(claim.Related.Select(r => plan.Claims[r].Id))).Append('\n');
        }

        if (claim.Outcome is { } outcome && formatV2)
        {
            yaml.Append("  outcome:\n    status: ").Append(outcome.Status).Append('\n');
            if (outcome.Claim is { } shown)
            {
                yaml.Append("    claims: [").Append(plan.Claims[shown].Id).Append("]\n");
            }
        }

        if (claim.Notes is not null)
        {
            Yaml.Block(yaml, "  ", "notes", claim.Notes);
        }
    }

    private static void AppendFigure(StringBuilder yaml, Plan plan, PlannedClaim claim, bool formatV2)
    {
        if (claim.Figure is not { } figure)
        {
            return;
        }

        yaml.Append("  figure:\n    measure: ").Append(plan.Measures[figure.Measure].Id).Append('\n');
        yaml.Append("    value: ").Append(figure.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (figure.Qualifier is not null && !formatV2 && figure.Qualifier == "about")
        {
            yaml.Append("    approx: true\n");
        }
        else if (figure.Qualifier is not null && formatV2)
        {
            yaml.Append("    qualifier: ").Append(figure.Qualifier).Append('\n');
        }
    }
}
