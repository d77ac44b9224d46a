using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new</c> through the real command line: exit codes, one-line errors, and a whole editing session.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void SessionOfNewCommandsValidatesWithOnlyItsPlaceholdersLeft()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", "Harbour town opens new ferry terminal\nThe council opened the terminal on Monday, two years late.\n"));
        var root = briefing.RootPath;

        var topic = CliRun.Of("new", "topic", "ferries", "--root", root);
        Assert.Equal(0, topic.ExitCode);
        Assert.Contains("briefing new claim --topic ferries", topic.Output, StringComparison.Ordinal);

        var source = CliRun.Of("new", "source", "seeds/ferry.txt", "--id", "ferry-terminal", "--root", root);
        Assert.Equal(0, source.ExitCode);

        var claim = CliRun.Of("new", "claim", "--topic", "ferries", "--source", "ferry-terminal", "--root", root);
        Assert.Equal(0, claim.ExitCode);
        Assert.StartsWith("wrote input/claims/ferries.yml: claim 'claim-1'", claim.Output, StringComparison.Ordinal);

        var @event = CliRun.Of("new", "event", "--date", "2024-10-14", "--root", root);
        Assert.Equal(0, @event.ExitCode);
        Assert.StartsWith("wrote input/events.yml: event 'event-1'", @event.Output, StringComparison.Ordinal);
        Assert.Contains("  claims: [claim-1]\n  topics: [ferries]\n", ScaffoldAssert.Text(briefing, "input/events.yml"), StringComparison.Ordinal);

        var validate = CliRun.Of("validate", "--root", root);
        Assert.Equal(0, validate.ExitCode);

        // What the editor still has to write: the topic's summary and text, the source's date, the claim's statement
        // and the event's title.
        var lines = validate.Error.Trim().Split('\n');
        Assert.Equal("0 errors, 5 warnings", lines[^1]);
        Assert.All(lines[..^1], l => Assert.Contains("warning BRF107:", l, StringComparison.Ordinal));
        Assert.All([topic, source, claim, @event], run => Assert.Empty(run.Error));
    }

    [Fact]
    public void NewClaimTwiceGivesTwoIds()
    {
        using var briefing = TempBriefing.With();
        var first = CliRun.Of("new", "claim", "--root", briefing.RootPath);
        var second = CliRun.Of("new", "claim", "--root", briefing.RootPath);
        Assert.StartsWith("wrote input/claims/new.yml: claim 'claim-1'", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("wrote input/claims/new.yml: claim 'claim-2'", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", "--root", briefing.RootPath).ExitCode);

        // Their statements are still the skeleton's TODO, which must not be published.
        Assert.Equal(1, CliRun.Of("validate", "--root", briefing.RootPath, "--strict").ExitCode);
    }

    [Theory]
    [InlineData(1, "new", "source", "seeds/missing.txt")]
    [InlineData(1, "new", "source", "input/site.yml")]
    [InlineData(1, "new", "source", "../outside.txt")]
    [InlineData(1, "new", "source", "seeds/article.txt")]
    [InlineData(2, "new", "source", "seeds/article.txt", "--id", "Not Valid")]
    [InlineData(2, "new", "claim", "--id", "claim_1")]
    [InlineData(2, "new", "claim", "--topic", "Transport")]
    [InlineData(2, "new", "claim", "--file", "../claims.yml")]
    [InlineData(1, "new", "claim", "--topic", "ferries")]
    [InlineData(1, "new", "claim", "--source", "nowhere")]
    [InlineData(1, "new", "claim", "--id", "buses-approved")]
    [InlineData(2, "new", "event", "--date", "2024-02-30")]
    [InlineData(2, "new", "event", "--claim", "-bad-")]
    [InlineData(1, "new", "event", "--claim", "nowhere")]
    [InlineData(2, "new", "topic", "Bad_Slug")]
    [InlineData(1, "new", "topic", "transport")]
    public void ErrorsExitWithTheirCodeAndOneLine(int code, params string[] args)
    {
        using var briefing = TempBriefing.With(("outside.txt", "Headline\nBody.\n"));
        var before = Snapshot(briefing);
        var run = CliRun.Of([.. args, "--root", briefing.RootPath]);
        Assert.Equal(code, run.ExitCode);
        ScaffoldAssert.OneLineError(run);
        Assert.Empty(run.Output);
        Assert.Equal(before, Snapshot(briefing));
    }

    [Fact]
    public void FolderWithoutABriefingIsRefused()
    {
        var empty = Directory.CreateTempSubdirectory("briefing-new-");
        try
        {
            var run = CliRun.Of("new", "topic", "anything", "--root", empty.FullName);
            Assert.Equal(1, run.ExitCode);
            ScaffoldAssert.OneLineError(run);
            Assert.Contains("input/site.yml is missing", run.Error, StringComparison.Ordinal);
            Assert.Empty(empty.EnumerateFileSystemInfos());
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "source")]
    [InlineData("new", "topic")]
    [InlineData("new", "claim", "--no-such-option")]
    [InlineData("new", "nonsense")]
    public void WrongCommandLineExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.False(run.ShowsStackTrace, run.Error);
    }

    [Fact]
    public void HelpListsTheSubcommands()
    {
        var help = CliRun.Of("new", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.All(["source", "claim", "event", "topic"], name => Assert.Contains(name, help.Output, StringComparison.Ordinal));
        Assert.Contains("new", CliRun.Of("--help").Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snapshot(TempBriefing briefing) =>
        Directory.EnumerateFiles(briefing.RootPath, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(briefing.RootPath, f), File.ReadAllText, StringComparer.Ordinal);
}
