using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Validation;

namespace Briefing.Tests.Scenarios;

/// <summary>
/// The mistakes editors make, each a scenario with an output.txt: the exact lines <c>validate</c> prints,
/// in the order it prints them. The first line must name the real cause, at its line and column, and at
/// most two lines may follow from it, so that the cause is never buried under its consequences.
/// </summary>
public sealed partial class EditorMistakeTests
{
    /// <summary>The most lines one mistake may add after the line that names it.</summary>
    private const int MaxFollowing = 2;

    public static TheoryData<string> Mistakes() =>
        [.. FixturePaths.ScenariosIn(FixturePaths.Invalid).Where(s => File.Exists(Path.Combine(FixturePaths.Invalid, s, "output.txt")))];

    [Fact]
    public void TheMistakesAreFound() => Assert.True(Mistakes().Count >= 20, $"only {Mistakes().Count} scenarios have an output.txt");

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void PrintsExactlyItsOutputCauseFirst(string scenario)
    {
        var folder = Path.Combine(FixturePaths.Invalid, scenario);
        var expected = Printed(folder);
        using var briefing = ScenarioBriefing.Create(folder);
        var printed = BriefingValidator.Validate(briefing.Root).Diagnostics.Select(DiagnosticFormatter.ToCanonical).ToList();

        Assert.True(expected.SequenceEqual(printed, StringComparer.Ordinal),
            $"{scenario}: printed differs from output.txt\nexpected:\n  {string.Join("\n  ", expected)}\nprinted:\n  {string.Join("\n  ", printed)}");
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TheCauseComesFirstAndLittleFollowsIt(string scenario)
    {
        var folder = Path.Combine(FixturePaths.Invalid, scenario);
        var expected = Printed(folder);
        using var briefing = ScenarioBriefing.Create(folder);
        var printed = BriefingValidator.Validate(briefing.Root).Diagnostics;

        Assert.NotEmpty(expected);
        Assert.NotEmpty(printed);
        Assert.Equal(expected[0], DiagnosticFormatter.ToCanonical(printed[0]));
        Assert.InRange(printed.Count - 1, 0, MaxFollowing);
    }

    /// <summary>The lines of output.txt: diagnostics as printed, without comments and blank lines.</summary>
    internal static List<string> Printed(string folder) => [.. ScenarioBriefing.Lines(Path.Combine(folder, "output.txt"))];

    /// <summary>A printed line in the short form of expected.txt: <c>path(line,col): severity code</c>.</summary>
    internal static string Short(string printed)
    {
        var m = PrintedLine().Match(printed);
        return m.Success ? m.Groups[1].Value : printed;
    }

    [GeneratedRegex(@"^([^()\s]+\(\d+,\d+\): (?:error|warning) BRF\d{3}): ", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedLine();
}
