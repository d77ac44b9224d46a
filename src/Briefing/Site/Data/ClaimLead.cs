using Briefing.Checking;
using Briefing.Dates;
using Briefing.Model;

namespace Briefing.Site.Data;

/// <summary>
/// Who says a claim, next to what is said: the line above a claim's statement, e.g.
/// "Forecast by Ada Kern, March 2025".
/// </summary>
public static class ClaimLead
{
    /// <summary>The kind as a label: "Report", "Forecast" or "Assessment".</summary>
    public static string KindLabel(ClaimKind kind) => kind switch
    {
        ClaimKind.Forecast => "Forecast",
        ClaimKind.Assessment => "Assessment",
        _ => "Report",
    };

    /// <summary>The kind as a class name: "report", "forecast" or "assessment".</summary>
    public static string KindKey(ClaimKind kind) => KindLabel(kind).ToLowerInvariant();

    /// <summary>
    /// Those who assert the claim: its <c>attributed_to</c> entities, or when it names none, the claimants of
    /// its supporting evidence (and of all its evidence when none supports it).
    /// </summary>
    public static IReadOnlyList<string> Claimants(BriefingIndex index, Claim claim)
    {
        var attributed = claim.AttributedTo.Select(a => a.Id).Distinct(StringComparer.Ordinal)
            .Select(id => index.Entities.TryGetValue(id, out var e) ? e.Name : id).ToList();
        if (attributed.Count > 0)
        {
            return attributed;
        }

        var support = Checking.Claimants.Support(index, claim).Claimants;
        var all = support.Count > 0 ? support : Checking.Claimants.OfEach(index, claim).Distinct().ToList();
        return [.. all.Select(c => c.Name)];
    }

    /// <summary>
    /// When it was first said: the earliest publication date of the sources whose evidence supports it. Context and
    /// contradicting evidence may be older than the claim itself, so they date it only when nothing supports it.
    /// </summary>
    public static EdtfDate? FirstSaid(BriefingIndex index, Claim claim)
    {
        var supporting = claim.Evidence.Where(e => e.Stance == Stance.Supports).ToList();
        return (supporting.Count > 0 ? supporting : claim.Evidence)
            .Select(e => index.Sources.TryGetValue(e.Source.Id, out var s) ? s.Published : null).OfType<EdtfDate>().Min();
    }

    /// <summary>"Forecast by Ada Kern, March 2025"; "Report, October 2024" when nobody is known.</summary>
    public static string Describe(BriefingIndex index, Claim claim) => KindLabel(claim.Kind) + Attribution(index, claim);

    /// <summary>What follows the kind: " by Ada Kern, March 2025".</summary>
    public static string Attribution(BriefingIndex index, Claim claim)
    {
        var who = Claimants(index, claim);
        var by = who.Count == 0 ? "" : " by " + Join(who);
        var when = FirstSaid(index, claim) is { } date ? ", " + date.Describe() : "";
        return by + when;
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
