using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>The command line's contract: exit codes, output forms, options.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void ValidSeedBriefingExitsZero()
    {
        var run = CliRun.Of("validate", "--root", RepoPaths.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings", run.Error.Trim());
        Assert.Matches(@"validated \d+ sources, \d+ claims", run.Output);
    }

    [Theory]
    [InlineData("validate", "--no-such-option")]
    [InlineData("no-such-command")]
    [InlineData("validate", "--root")]
    public void WrongCommandLineExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("briefing --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndVersionExitZero()
    {
        var help = CliRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("validate", help.Output, StringComparison.Ordinal);
        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
    }

    [Fact]
    public void WarningsFailOnlyWhenStrict()
    {
        using var briefing = TempBriefing.With(("input/entities.yml", "- id: nobody\n  name: Nobody\n  kind: person\n"));
        var lenient = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("input/entities.yml(1,3): warning BRF102:", lenient.Error, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Of("validate", "--root", briefing.RootPath, "--strict").ExitCode);
    }

    [Fact]
    public void EveryErrorIsPrintedThenACount()
    {
        using var briefing = TempBriefing.With(("input/claims/main.yml", TempBriefing.Claims.Replace("topics: [transport]", "topics: [transprot]\n  stnace: x", StringComparison.Ordinal)));
        var run = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("input/claims/main.yml(3,12): error BRF030: there is no topic 'transprot'; did you mean 'transport'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("input/claims/main.yml(4,3): error BRF020: 'stnace' is not a field of a claim; did you mean 'statement'?", StringComparison.Ordinal)
            || l.StartsWith("input/claims/main.yml(4,3): error BRF020:", StringComparison.Ordinal));
        Assert.Equal("2 errors, 1 warning", lines[^1]);
    }

    [Fact]
    public void RealExecutableAnnotatesErrorsOnGitHubActions()
    {
        using var briefing = TempBriefing.With(("input/claims/main.yml", TempBriefing.Claims.Replace("12 new", "twelve new", StringComparison.Ordinal)));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "validate", "--root", briefing.RootPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["GITHUB_ACTIONS"] = "true";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("input/claims/main.yml(6,14): error BRF012: quote \"The council approved twelve new buses\" not found in source 'test-source'; nearest passage: \"The council approved 12 new buses", error, StringComparison.Ordinal);
        Assert.Contains("::error file=input/claims/main.yml,line=6,col=14,title=BRF012::quote", error, StringComparison.Ordinal);
    }
}
