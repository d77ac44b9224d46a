using Briefing.Tests.Support;

namespace Briefing.Tests.Scale;

/// <summary>The chronology split over input/events.yml and input/events/*.yml.</summary>
public sealed class EventsFolderTests
{
    private const string First = "- id: buses-first\n  date: 2024-10-16\n  title: The first buses\n  claims: [buses-approved]\n";
    private const string Second = "- id: buses-second\n  date: 2024-11\n  title: More buses\n  claims: [buses-approved]\n";

    [Fact]
    public void EventsInTheFolderAreReadBesideEventsYml()
    {
        using var briefing = TempBriefing.With(("input/events.yml", First), ("input/events/2024-11.yml", Second));
        var output = Path.Combine(briefing.RootPath, "output");

        var build = CliRun.Of("build", "--root", briefing.RootPath, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"));

        Assert.True(build.ExitCode == 0, build.Error);
        var chronology = File.ReadAllText(Path.Combine(output, "chronology", "index.html"));
        Assert.Contains("The first buses", chronology, StringComparison.Ordinal);
        Assert.Contains("More buses", chronology, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdRepeatedAcrossEventFilesIsAnError()
    {
        using var briefing = TempBriefing.With(("input/events.yml", First), ("input/events/more.yml", First.Replace("The first", "Other", StringComparison.Ordinal)));

        var validate = CliRun.Of("validate", "--root", briefing.RootPath);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("input/events/more.yml(1,3): error BRF024", validate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AYamlFileInTheEventsFolderIsNamedForRenaming()
    {
        using var briefing = TempBriefing.With(("input/events/2024.yaml", First));

        var validate = CliRun.Of("validate", "--root", briefing.RootPath);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("rename it to 'input/events/2024.yml'", validate.Error, StringComparison.Ordinal);
    }
}
