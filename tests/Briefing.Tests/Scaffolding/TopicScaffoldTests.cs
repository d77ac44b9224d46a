using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new topic</c>: front matter with the next order, and a body showing how to link a claim.</summary>
public sealed class TopicScaffoldTests
{
    [Fact]
    public void WritesFrontMatterWithTheNextOrderAndWarnsOnlyThatNoClaimListsIt()
    {
        using var briefing = TempBriefing.With(("input/topics/ferries.md", "---\ntitle: Ferries\norder: 5\n---\nSee [the claim](claim:buses-approved).\n"));
        var result = ScaffoldAssert.Written(TopicScaffold.Write(briefing.RootPath, "road-works", null));

        Assert.Equal("input/topics/road-works.md", result.Path);
        Assert.StartsWith(
            "---\ntitle: Road works\nsummary: " + TopicScaffold.SummaryPlaceholder + "\norder: 6\n---\n",
            ScaffoldAssert.Text(briefing, result.Path!), StringComparison.Ordinal);
        Assert.Contains("`[what the claim says](claim:the-claim-id)`", ScaffoldAssert.Text(briefing, result.Path!), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing, "BRF101", "BRF101");
        Assert.Contains(result.Notes, n => n.Contains("BRF101", StringComparison.Ordinal) && n.Contains("briefing new claim --topic road-works", StringComparison.Ordinal));
    }

    [Fact]
    public void ThenANewClaimForItValidatesWithoutWarningsButPlaceholders()
    {
        using var briefing = TempBriefing.With();
        ScaffoldAssert.Written(TopicScaffold.Write(briefing.RootPath, "road-works", "Road works: where and when"));
        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "road-works", null, null, null));

        ScaffoldAssert.ValidatesWith(briefing);
        var topic = BriefingValidator.Validate(briefing.RootPath).Briefing.Content.Topics.Single(t => t.Id == "road-works");
        Assert.Equal("Road works: where and when", topic.Title);
        Assert.Equal(1, topic.Order);
    }

    [Fact]
    public void ExistingTopicIsNeverOverwritten()
    {
        using var briefing = TempBriefing.With();
        var result = TopicScaffold.Write(briefing.RootPath, "transport", null);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Equal(TempBriefing.Topic, ScaffoldAssert.Text(briefing, "input/topics/transport.md"));
    }

    [Theory]
    [InlineData("Road Works")]
    [InlineData("../escape")]
    [InlineData("")]
    public void InvalidSlugIsAnInvalidRequest(string slug)
    {
        using var briefing = TempBriefing.With();
        Assert.Equal(ScaffoldStatus.InvalidRequest, TopicScaffold.Write(briefing.RootPath, slug, null).Status);
    }

    [Theory]
    [InlineData("troop-numbers", "Troop numbers")]
    [InlineData("kursk", "Kursk")]
    [InlineData("2024-offensive", "2024 offensive")]
    public void TitleComesFromTheSlug(string slug, string title) => Assert.Equal(title, TopicScaffold.TitleOf(slug));
}
