using Briefing.Checking;

namespace Briefing.Site.Data;

/// <summary>
/// A claim's support in words a reader takes in at a glance, counting sources and independent claimants:
/// "3 sources, all relaying one claimant: the Harbour Board".
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

    /// <summary>
    /// The short form for cards and lists: "1 source supports it", "3 sources support it, all relaying one claimant",
    /// "3 sources support it, from 2 independent claimants", "No source supports it".
    /// </summary>
    public static string Brief(ClaimSupport support) => (support.SourceCount, support.IndependentCount) switch
    {
        (0, _) => "No source supports it",
        (1, _) => "1 source supports it",
        (var s, 1) => $"{s} sources support it, all relaying one claimant",
        (var s, var c) => $"{s} sources support it, from {c} independent claimants",
    };

    /// <summary>The contradiction in words, empty when there is none: "1 contradicts it", "2 contradict it".</summary>
    public static string DescribeAgainst(int contradicting) => contradicting switch
    {
        0 => "",
        1 => "1 contradicts it",
        _ => $"{contradicting} contradict it",
    };

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
