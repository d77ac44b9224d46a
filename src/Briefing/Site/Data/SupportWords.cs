using Briefing.Checking;

namespace Briefing.Site.Data;

/// <summary>
/// A claim's support in words a reader takes in at a glance, counting sources and independent claimants:
/// "3 sources, all relaying one claimant: Ukraine's Defence Intelligence".
/// </summary>
public static class SupportWords
{
    // Beyond this many claimants a sentence stops being readable; the claim page lists every piece of evidence anyway.
    private const int NamedClaimants = 4;

    /// <summary>The support of a claim as one phrase.</summary>
    public static string Describe(ClaimSupport support)
    {
        var sources = Words.Count(support.SourceCount, "source", "sources");
        var names = Names(support.Claimants);
        return (support.SourceCount, support.IndependentCount) switch
        {
            (0, _) => "No source supports it",
            (1, 1) => $"1 source, one claimant: {names}",
            (_, 1) => $"{sources}, all relaying one claimant: {names}",
            (_, var c) => $"{sources} from {c} independent claimants: {names}",
        };
    }

    /// <summary>The short form for lists: "3 sources, 1 independent claimant".</summary>
    public static string Brief(ClaimSupport support) =>
        support.SourceCount == 0 ? "no supporting source"
            : $"{Words.Count(support.SourceCount, "supporting source", "supporting sources")}, {Words.Count(support.IndependentCount, "independent claimant", "independent claimants")}";

    /// <summary>"A", "A and B", "A, B and C", "A, B, C, D and 2 others".</summary>
    public static string Names(IReadOnlyList<Claimant> claimants)
    {
        var names = claimants.Select(c => c.Name).ToList();
        if (names.Count > NamedClaimants)
        {
            var rest = names.Count - NamedClaimants;
            names = [.. names.Take(NamedClaimants), Words.Count(rest, "other", "others")];
        }

        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
