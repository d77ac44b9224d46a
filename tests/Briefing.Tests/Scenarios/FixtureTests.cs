using System.Reflection;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Validation;

namespace Briefing.Tests.Scenarios;

/// <summary>
/// Tests as data: each folder under fixtures/invalid is the base briefing with a few files changed, beside
/// the exact diagnostics it must produce; each folder under fixtures/valid must produce none.
/// See fixtures/README.md for the format.
/// </summary>
public partial class FixtureTests
{
    public static TheoryData<string> InvalidScenarios() => [.. FixturePaths.ScenariosIn(FixturePaths.Invalid)];

    public static TheoryData<string> ValidScenarios() => [.. FixturePaths.ScenariosIn(FixturePaths.Valid)];

    [Fact]
    public void BaseHasNoDiagnostics()
    {
        using var briefing = ScenarioBriefing.Create(null);
        var result = BriefingValidator.Validate(briefing.Root, strict: true);
        AssertSameLines("base", [], [.. result.Diagnostics.Select(Format)]);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(InvalidScenarios))]
    public void InvalidScenarioReportsExactlyItsExpectedDiagnostics(string scenario)
    {
        var folder = Path.Combine(FixturePaths.Invalid, scenario);
        var expected = Expected(folder);
        Assert.NotEmpty(expected);

        using var briefing = ScenarioBriefing.Create(folder);
        var result = BriefingValidator.Validate(briefing.Root);

        AssertSameLines(scenario, expected, [.. result.Diagnostics.Select(Format)]);
    }

    [Theory]
    [MemberData(nameof(InvalidScenarios))]
    public void WarningsFailOnlyAStrictValidation(string scenario)
    {
        var folder = Path.Combine(FixturePaths.Invalid, scenario);
        var onlyWarnings = Expected(folder).All(line => line.Contains("): warning ", StringComparison.Ordinal));

        using var briefing = ScenarioBriefing.Create(folder);
        Assert.Equal(onlyWarnings, BriefingValidator.Validate(briefing.Root, strict: false).Succeeded);
        Assert.False(BriefingValidator.Validate(briefing.Root, strict: true).Succeeded);
    }

    [Theory]
    [MemberData(nameof(ValidScenarios))]
    public void ValidScenarioHasNoDiagnostics(string scenario)
    {
        var folder = Path.Combine(FixturePaths.Valid, scenario);
        Assert.False(File.Exists(Path.Combine(folder, "expected.txt")), "a valid scenario expects nothing; move it to invalid/");

        using var briefing = ScenarioBriefing.Create(folder);
        var result = BriefingValidator.Validate(briefing.Root, strict: true);

        AssertSameLines(scenario, [], [.. result.Diagnostics.Select(Format)]);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void EveryExpectedLineIsWellFormed()
    {
        var malformed = FixturePaths.ScenariosIn(FixturePaths.Invalid)
            .SelectMany(s => Expected(Path.Combine(FixturePaths.Invalid, s)).Select(line => $"{s}: {line}"))
            .Where(line => !ExpectedLine().IsMatch(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.Equal("", Joined(malformed));
    }

    [Fact]
    public void EveryDiagnosticCodeHasAFixture()
    {
        var codes = typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)

            // BRF2xx are theme and output errors of a build, not of content: SiteBuild/OutputTests covers each of them.
            .Where(code => string.CompareOrdinal(code, "BRF200") < 0);
        var covered = FixturePaths.ScenariosIn(FixturePaths.Invalid)
            .SelectMany(s => Expected(Path.Combine(FixturePaths.Invalid, s)))
            .Select(line => line.Split(' ')[^1])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal("", Joined(codes.Where(c => !covered.Contains(c))));
    }

    /// <summary>
    /// Compares as sorted lists. xunit shortens long strings in its own diff, so a failure prints both lists
    /// in full, with what is missing and what is unexpected.
    /// </summary>
    private static void AssertSameLines(string scenario, List<string> expected, List<string> actual)
    {
        var expectedText = Joined(expected);
        var actualText = Joined(actual);
        if (expectedText != actualText)
        {
            Assert.Fail($"{scenario}: the diagnostics differ from expected.txt\n"
                + $"missing:\n{Indented(Without(expected, actual))}\nunexpected:\n{Indented(Without(actual, expected))}\n"
                + $"expected:\n{Indented(expected)}\nactual:\n{Indented(actual)}");
        }

        Assert.Equal(expectedText, actualText);
    }

    // Multiset difference: a line expected twice and reported once is missing once.
    private static List<string> Without(List<string> from, List<string> remove)
    {
        var rest = new List<string>(from);
        foreach (var line in remove)
        {
            rest.Remove(line);
        }

        return rest;
    }

    private static string Indented(IEnumerable<string> lines) =>
        string.Join("\n", lines.Order(StringComparer.Ordinal).Select(l => "  " + l).DefaultIfEmpty("  (none)"));

    /// <summary>The form of expected.txt lines: <c>path(line,col): severity code</c>.</summary>
    internal static string Format(Diagnostic d) =>
        $"{d.Location.File}({d.Location.Line},{d.Location.Column}): {(d.IsError ? "error" : "warning")} {d.Code}";

    // output.txt, where a scenario has one, says more than expected.txt would: its lines give the positions and codes.
    private static List<string> Expected(string folder) =>
        File.Exists(Path.Combine(folder, "expected.txt"))
            ? [.. ScenarioBriefing.Lines(Path.Combine(folder, "expected.txt"))]
            : [.. EditorMistakeTests.Printed(folder).Select(EditorMistakeTests.Short)];

    private static string Joined(IEnumerable<string> lines) =>
        string.Join("\n", lines.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"^[^()\s]+\(\d+,\d+\): (error|warning) BRF\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedLine();
}
