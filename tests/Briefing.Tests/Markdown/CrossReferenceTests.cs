using Briefing.Markdown;

namespace Briefing.Tests.Markdown;

public sealed class CrossReferenceTests
{
    [Theory]
    [InlineData("claim:nk-uav-operators-sumy", "claim", "nk-uav-operators-sumy")]
    [InlineData("source:kyiv-independent-2025-10-16", "source", "kyiv-independent-2025-10-16")]
    [InlineData("topic:deployment", "topic", "deployment")]
    [InlineData("entity:kyrylo-budanov", "entity", "kyrylo-budanov")]
    [InlineData("event:kursk-incursion", "event", "kursk-incursion")]
    [InlineData("measure:dprk-troops-in-russia", "measure", "dprk-troops-in-russia")]
    [InlineData("page:about", "page", "about")]
    public void ParsesEveryKind(string url, string kind, string id)
    {
        Assert.True(CrossReference.TryParse(url, out var xref));
        Assert.Equal(new CrossReference(kind, id), xref);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("../methodology/")]
    [InlineData("#top")]
    [InlineData("clam:x")]
    [InlineData("javascript:alert(1)")]
    [InlineData(":claim")]
    [InlineData(null)]
    public void OtherLinksAreNotCrossReferences(string? url) => Assert.False(CrossReference.TryParse(url, out _));
}
