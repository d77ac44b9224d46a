using Briefing.Validation;

namespace Briefing.Tests.Scenarios;

/// <summary>Grades written as editors say them are refused with the grade that was meant.</summary>
public sealed class GradeWordTests
{
    [Theory]
    [InlineData("c", "'c' is not a valid reliability; grades are capital letters: write C (one of: A, B, C, D, E, F)")]
    [InlineData("f", "'f' is not a valid reliability; grades are capital letters: write F (one of: A, B, C, D, E, F)")]
    [InlineData("usually reliable", "'usually reliable' is not a valid reliability; 'usually reliable' is grade B: write B (one of: A, B, C, D, E, F)")]
    [InlineData("G", "'G' is not a valid reliability; did you mean 'A'? (one of: A, B, C, D, E, F)")]
    public void Reliability(string written, string message) =>
        Assert.Equal(message, MessageFor("input/sources/example-source.yml", "reliability", written, "BRF027"));

    [Theory]
    [InlineData("doubtful", 4)]
    [InlineData("Probably true", 2)]
    [InlineData("confirmed", 1)]
    public void Credibility(string written, int grade) =>
        Assert.Equal(
            $"'credibility' must be a number from 1 to 6, not '{written}'; '{written}' is grade {grade}: write credibility: {grade}",
            MessageFor("input/claims/main.yml", "credibility", written, "BRF022"));

    private static string MessageFor(string file, string key, string value, string code)
    {
        using var briefing = ScenarioBriefing.Create(null);
        var path = Path.Combine(briefing.Root, file);
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.FindIndex(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        Assert.True(at >= 0, $"{file} has no '{key}:' line");
        lines[at] = lines[at][..(lines[at].IndexOf(':', StringComparison.Ordinal) + 1)] + " " + value;
        File.WriteAllLines(path, lines);
        return BriefingValidator.Validate(briefing.Root).Diagnostics.Single(d => d.Code == code).Message;
    }
}
