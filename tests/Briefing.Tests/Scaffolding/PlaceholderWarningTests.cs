using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary>
/// What <c>briefing new</c> leaves for the editor (TODO texts, today's date marked for correction) is a
/// warning at its place, so that <c>validate --strict</c>, and so CI, fails until it is replaced.
/// </summary>
public sealed class PlaceholderWarningTests
{
    [Fact]
    public void NewEventWarnsOfItsDateAndTitleUntilBothAreWritten()
    {
        using var briefing = TempBriefing.With();
        ScaffoldAssert.Written(EventScaffold.Write(briefing.RootPath, null, null, null, null, ScaffoldAssert.Today));

        Assert.Equal(["input/events.yml(2,9)", "input/events.yml(3,10)"], Placeholders(briefing));
        Assert.False(BriefingValidator.Validate(briefing.RootPath, strict: true).Succeeded);

        var path = Path.Combine(briefing.RootPath, "input/events.yml");
        var text = File.ReadAllText(path);
        text = text.Replace("2025-03-04   # today's date: correct it to the date of the event", "2024-10", StringComparison.Ordinal)
            .Replace(EventScaffold.TitlePlaceholder, "Buses approved", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        Assert.Empty(Placeholders(briefing));
    }

    [Fact]
    public void NewSourceWarnsOfTodaysDateWhereItStands()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", "Harbour town opens new ferry terminal\nThe council opened it.\n"));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));

        Assert.Equal([$"{result.Path}(3,12)"], Placeholders(briefing));
        var message = BriefingValidator.Validate(briefing.RootPath).Diagnostics.Single(d => d.Code == "BRF107").Message;
        Assert.Contains("'published' is still the date 'briefing new' wrote (2025-03-04", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewClaimAndTopicWarnOfEveryTodo()
    {
        using var briefing = TempBriefing.With();
        ScaffoldAssert.Written(TopicScaffold.Write(briefing.RootPath, "road-works", null));
        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "road-works", null, null, null));

        // The topic's summary (line 3) and its text (line 6, after the front matter); the claim's statement.
        Assert.Equal(["input/claims/road-works.yml(2,14)", "input/topics/road-works.md(3,10)", "input/topics/road-works.md(6,1)"], Placeholders(briefing));
        Assert.True(BriefingValidator.Validate(briefing.RootPath).Succeeded);
        Assert.False(BriefingValidator.Validate(briefing.RootPath, strict: true).Succeeded);
    }

    [Fact]
    public void TodoInsideAWordIsNoPlaceholder()
    {
        using var briefing = TempBriefing.With(("input/pages/todos.md", "---\ntitle: Todos\n---\nThe TODOS list and mastodon are fine.\n"));
        Assert.Empty(Placeholders(briefing));
    }

    private static List<string> Placeholders(TempBriefing briefing) =>
        [.. BriefingValidator.Validate(briefing.RootPath).Diagnostics.Where(d => d.Code == "BRF107").Select(d => d.Location.ToString()).Order(StringComparer.Ordinal)];
}
