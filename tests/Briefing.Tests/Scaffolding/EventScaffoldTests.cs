using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new event</c>: an event of the chronology, backed by a claim, appended to input/events.yml.</summary>
public sealed class EventScaffoldTests
{
    [Fact]
    public void CreatesTheChronologyWithAnEventDatedTodayThatValidates()
    {
        using var briefing = TempBriefing.With();
        var result = ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, null, null, null, null, ScaffoldAssert.Today));

        Assert.Equal("event-1", result.Id);
        Assert.Equal("input/events.yml", result.Path);
        var text = ScaffoldAssert.Text(briefing, "input/events.yml");
        Assert.StartsWith(
            "- id: event-1\n  date: 2025-03-04   # today's date: correct it to the date of the event",
            text, StringComparison.Ordinal);
        Assert.Contains("\n  title: " + EventScaffold.TitlePlaceholder + "\n  claims: [buses-approved]\n  topics: [transport]\n", text, StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);

        var read = BriefingValidator.Validate(briefing.RootPath).Briefing.Content.Events.Single();
        Assert.Equal(new DateOnly(2025, 3, 4), read.Date.Earliest);
    }

    [Fact]
    public void GivenDateTitleClaimAndIdAreWrittenAsGiven()
    {
        using var briefing = TempBriefing.With();
        ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, "2024-10-27~", "buses-approved", "buses-vote", "Council votes: 12 buses", ScaffoldAssert.Today));
        var text = ScaffoldAssert.Text(briefing, "input/events.yml");
        Assert.StartsWith("- id: buses-vote\n  date: 2024-10-27~\n  title: 'Council votes: 12 buses'\n  claims: [buses-approved]\n", text, StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void AppendsAfterExistingEventsWithTheNextFreeId()
    {
        const string Events = "# The chronology\n\n- id: event-2\n  date: 2024-10\n  title: Buses approved\n  claims: [buses-approved]\n";
        using var briefing = TempBriefing.With(("input/events.yml", Events));
        var first = ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, "2024-11", null, null, null, ScaffoldAssert.Today));
        var second = ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, "2024-12", null, null, null, ScaffoldAssert.Today));

        Assert.Equal("event-3", first.Id);
        Assert.Equal("event-4", second.Id);
        var text = ScaffoldAssert.Text(briefing, "input/events.yml");
        Assert.StartsWith(Events + "\n- id: event-3\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\n- id: event-4\n", text, StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void DefaultClaimIsTheLastOfTheClaimsFileChangedMostRecently()
    {
        var older = TempBriefing.Claims.Replace("buses-approved", "older-claim", StringComparison.Ordinal);
        using var briefing = TempBriefing.With(("input/claims/zzz.yml", older));
        File.SetLastWriteTimeUtc(Path.Combine(briefing.RootPath, "input/claims/zzz.yml"), DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(Path.Combine(briefing.RootPath, "input/claims/main.yml"), DateTime.UtcNow.AddDays(-1));

        var result = ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, null, null, null, null, ScaffoldAssert.Today));

        Assert.Contains("  claims: [buses-approved]\n", ScaffoldAssert.Text(briefing, "input/events.yml"), StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("'buses-approved'", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyChronologyWrittenAsBracketsIsReplaced()
    {
        using var briefing = TempBriefing.With(("input/events.yml", "[]\n"));
        ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, "2024", null, null, null, ScaffoldAssert.Today));
        Assert.StartsWith("- id: event-1\n  date: 2024\n", ScaffoldAssert.Text(briefing, "input/events.yml"), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("October 2024")]
    [InlineData("")]
    public void InvalidDateIsAnInvalidRequest(string date)
    {
        using var briefing = TempBriefing.With();
        var result = EventScaffold.Write(briefing.RootPath, date, null, null, null, ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.InvalidRequest, result.Status);
        Assert.StartsWith("--date: ", result.Message, StringComparison.Ordinal);
        Assert.False(ScaffoldAssert.Exists(briefing, "input/events.yml"));
    }

    [Fact]
    public void UnknownOrMissingClaimIsRefused()
    {
        using var briefing = TempBriefing.With();
        var unknown = EventScaffold.Write(briefing.RootPath, null, "buses-aproved", null, null, ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.Refused, unknown.Status);
        Assert.Contains("did you mean 'buses-approved'?", unknown.Message, StringComparison.Ordinal);

        using var noClaims = TempBriefing.With(("input/claims/main.yml", null));
        var none = EventScaffold.Write(noClaims.RootPath, null, null, null, null, ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.Refused, none.Status);
        Assert.Contains("briefing new claim", none.Message, StringComparison.Ordinal);
        Assert.False(ScaffoldAssert.Exists(noClaims, "input/events.yml"));
    }

    [Fact]
    public void TakenIdIsRefused()
    {
        const string Events = "- id: vote\n  date: 2024-10\n  title: Buses approved\n  claims: [buses-approved]\n";
        using var briefing = TempBriefing.With(("input/events.yml", Events));
        Assert.Equal(ScaffoldStatus.Refused, EventScaffold.Write(briefing.RootPath, null, null, "vote", null, ScaffoldAssert.Today).Status);
        Assert.Equal(Events, ScaffoldAssert.Text(briefing, "input/events.yml"));
    }
}
