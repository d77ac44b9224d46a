using System.Diagnostics;
using System.Text;
using Briefing.Tests.Support;

namespace Briefing.Tests.Robustness;

/// <summary>
/// Hostile or broken input never crashes: each case gets a located error, exit code 1,
/// no stack trace, within seconds.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("malformed", "- id: [unclosed\n  statement: x\n", "input/claims/main.yml(1,7): error BRF001")]
    [InlineData("tab-indented", "- id: a\n\tstatement: x\n", "input/claims/main.yml(2,1): error BRF001")]
    [InlineData("mapping-not-list", "id: a\nstatement: x\n", "input/claims/main.yml(1,1): error BRF022")]
    [InlineData("scalar-not-list", "just some words\n", "input/claims/main.yml(1,1): error BRF022")]
    [InlineData("empty", "", "input/claims/main.yml(1,1): error BRF006")]
    [InlineData("whitespace-only", "  \n\n", "input/claims/main.yml(1,1): error BRF006")]
    [InlineData("evidence-is-text", "- id: a\n  statement: x\n  topics: [transport]\n  evidence: words\n", "input/claims/main.yml(4,13): error BRF022")]
    public void BrokenClaimsFileIsReportedWhereItIsBroken(string name, string yaml, string expected)
    {
        using var briefing = TempBriefing.With(("input/claims/main.yml", yaml));
        var run = Validate(briefing);
        Assert.True(run.ExitCode == 1, name);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptySiteFileIsReported()
    {
        using var briefing = TempBriefing.With(("input/site.yml", ""));
        var run = Validate(briefing);
        Assert.Contains("input/site.yml(1,1): error BRF006", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyTopicFileIsReported()
    {
        using var briefing = TempBriefing.With(("input/topics/transport.md", ""));
        var run = Validate(briefing);
        Assert.Contains("input/topics/transport.md(1,1): error BRF009", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTextFileIsReportedAtTheTextField()
    {
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        var run = Validate(briefing);
        Assert.Contains("input/sources/test-source.yml(2,7): error BRF015", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotUtf8IsReported()
    {
        using var briefing = TempBriefing.With();
        briefing.Write("seeds/article.txt", [.. "Headline\nCaf"u8.ToArray(), 0xE9, .. " \xff\n"u8.ToArray()]);
        var run = Validate(briefing);
        Assert.Contains("input/sources/test-source.yml(2,7): error BRF014", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlThatIsNotUtf8IsReported()
    {
        using var briefing = TempBriefing.With();
        briefing.Write("input/claims/main.yml", [0x2D, 0x20, 0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A]);
        var run = Validate(briefing);
        Assert.Contains("input/claims/main.yml(1,1): error BRF014", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBombIsRefusedAtItsFirstAnchor()
    {
        var yaml = new StringBuilder("- &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"- &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        using var briefing = TempBriefing.With(("input/claims/main.yml", yaml.ToString()));
        var run = Validate(briefing);
        Assert.Contains("input/claims/main.yml(1,3): error BRF005", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedYamlIsRefused()
    {
        const int depth = 100_000;
        var yaml = new string('[', depth) + new string(']', depth) + "\n";
        using var briefing = TempBriefing.With(("input/claims/main.yml", yaml));
        var run = Validate(briefing);
        Assert.Contains("input/claims/main.yml(1,33): error BRF004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedBlockYamlIsRefused()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append("a:\n");
        }

        using var briefing = TempBriefing.With(("input/site.yml", yaml.ToString()));
        var run = Validate(briefing);
        Assert.Contains("error BRF004", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/claims/main.yml", "input/claims/main.yml(1,1): error BRF003")]
    [InlineData("seeds/article.txt", "input/sources/test-source.yml(2,7): error BRF003")]
    public void FiftyMegabyteFileIsRefusedUnread(string path, string expected)
    {
        using var briefing = TempBriefing.With();
        var line = Encoding.UTF8.GetBytes("- id: filler-claim-with-a-long-name-to-fill-space\n");
        var bytes = new byte[50 * 1024 * 1024];
        for (var i = 0; i + line.Length <= bytes.Length; i += line.Length)
        {
            line.CopyTo(bytes, i);
        }

        briefing.Write(path, bytes);
        var run = Validate(briefing);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    private static CliRun Validate(TempBriefing briefing)
    {
        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.True(clock.Elapsed < Limit, $"validation took {clock.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.ShowsStackTrace, run.Error);
        Assert.Matches(@"\d+ errors?, \d+ warnings?\s*$", run.Error);
        return run;
    }
}
