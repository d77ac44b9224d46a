using System.Text;
using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary>What the scaffolding tests check again and again: what was written, and what validate says of it.</summary>
internal static class ScaffoldAssert
{
    public static readonly DateOnly Today = new(2025, 3, 4);

    /// <summary>The diagnostics of a validation, as "CODE file" lines, for readable failures.</summary>
    public static IReadOnlyList<string> Diagnostics(TempBriefing briefing) =>
        [.. BriefingValidator.Validate(briefing.RootPath).Diagnostics.Select(d => $"{d.Code} {d.Location}: {d.Message}")];

    /// <summary>
    /// Validation finds no error, and no warning but those with the given codes. The placeholders a skeleton
    /// is written with (BRF107: TODO, today's date) are left out here: PlaceholderWarningTests checks them.
    /// </summary>
    public static void ValidatesWith(TempBriefing briefing, params string[] warningCodes)
    {
        var diagnostics = BriefingValidator.Validate(briefing.RootPath).Diagnostics.Where(d => d.Code != "BRF107").ToList();
        Assert.True(
            diagnostics.All(d => !d.IsError) && diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).SequenceEqual(warningCodes.Order(StringComparer.Ordinal)),
            "unexpected diagnostics:\n" + string.Join('\n', Diagnostics(briefing)));
    }

    public static ScaffoldResult Written(ScaffoldResult result)
    {
        Assert.True(result.Succeeded, result.Message);
        return result;
    }

    public static string Text(TempBriefing briefing, string relative) => File.ReadAllText(Path.Combine(briefing.RootPath, relative), Encoding.UTF8);

    public static byte[] Bytes(TempBriefing briefing, string relative) => File.ReadAllBytes(Path.Combine(briefing.RootPath, relative));

    public static bool Exists(TempBriefing briefing, string relative) => File.Exists(Path.Combine(briefing.RootPath, relative));

    /// <summary>The error output is one line, without a stack trace.</summary>
    public static void OneLineError(CliRun run)
    {
        Assert.False(run.ShowsStackTrace, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("briefing: ", run.Error, StringComparison.Ordinal);
    }
}
