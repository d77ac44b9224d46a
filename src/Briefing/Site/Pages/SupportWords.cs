using Briefing.Checking;
using Briefing.Model;

namespace Briefing.Site.Pages;

/// <summary>How many sources and independent claimants stand behind a claim, and how a card says so.</summary>
internal static class SupportWords
{
    /// <summary>The distinct claimants (the format's rule, <see cref="Claimants"/>) behind the evidence with <paramref name="stance"/>.</summary>
    public static int IndependentClaimants(Claim claim, BriefingIndex index, Stance stance) =>
        claim.Evidence.Where(e => e.Stance == stance).Select(e => Claimants.Of(index, claim, e)).Distinct().Count();

    /// <summary>
    /// The support in words: "1 source supports it", "3 sources support it, 2 independent",
    /// "2 independent sources support it", "no source supports it".
    /// </summary>
    public static string Describe(int supporting, int independent)
    {
        var support = supporting switch
        {
            0 => "no source supports it",
            1 => "1 source supports it",
            _ when independent >= supporting => $"{supporting} independent sources support it",
            _ => $"{supporting} sources support it, {independent} independent",
        };
        return Capitalize(support);
    }

    /// <summary>The contradiction in words, empty when there is none: "1 contradicts it", "2 contradict it".</summary>
    public static string DescribeAgainst(int contradicting) => contradicting switch
    {
        0 => "",
        1 => "1 contradicts it",
        _ => $"{contradicting} contradict it",
    };

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
