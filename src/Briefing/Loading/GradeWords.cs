using Briefing.Model;

namespace Briefing.Loading;

/// <summary>
/// Grades as editors say them: "c" for C, "usually reliable" for B, "doubtful" for 4. They are not
/// accepted (the format has one way to write a grade), but the error says which grade was meant.
/// </summary>
internal static class GradeWords
{
    private static readonly Dictionary<string, Reliability> ReliabilityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["completely reliable"] = Reliability.A,
        ["usually reliable"] = Reliability.B,
        ["fairly reliable"] = Reliability.C,
        ["not usually reliable"] = Reliability.D,
        ["unreliable"] = Reliability.E,
        ["cannot be judged"] = Reliability.F,
        ["reliability cannot be judged"] = Reliability.F,
    };

    private static readonly Dictionary<string, Credibility> CredibilityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["confirmed"] = Credibility.Confirmed,
        ["confirmed by other sources"] = Credibility.Confirmed,
        ["probably true"] = Credibility.ProbablyTrue,
        ["probable"] = Credibility.ProbablyTrue,
        ["possibly true"] = Credibility.PossiblyTrue,
        ["possible"] = Credibility.PossiblyTrue,
        ["doubtful"] = Credibility.Doubtful,
        ["improbable"] = Credibility.Improbable,
        ["cannot be judged"] = Credibility.CannotBeJudged,
        ["truth cannot be judged"] = Credibility.CannotBeJudged,
    };

    /// <summary>"; grades are capital letters: write C" for "c", likewise for a grade's words; else null.</summary>
    public static string? ReliabilityHint(string written)
    {
        var text = written.Trim();
        if (text.Length == 1 && Enum.TryParse<Reliability>(text.ToUpperInvariant(), out var letter) && char.IsLower(text[0]))
        {
            return $"; grades are capital letters: write {letter}";
        }

        return ReliabilityWords.TryGetValue(text, out var grade) ? $"; '{text}' is grade {grade}: write {grade}" : null;
    }

    /// <summary>The grade <paramref name="written"/> names in words ("doubtful" → 4), or null.</summary>
    public static int? CredibilityFor(string written) =>
        CredibilityWords.TryGetValue(written.Trim(), out var grade) ? (int)grade : null;
}
