using Briefing.Model;
using Briefing.Scaffolding;

namespace Briefing.Tests.Scaffolding;

public sealed class NextFreeIdTests
{
    [Theory]
    [InlineData(new string[0], "claim-1")]
    [InlineData(new[] { "buses-approved" }, "claim-1")]
    [InlineData(new[] { "claim-1", "claim-2" }, "claim-3")]
    [InlineData(new[] { "claim-1", "claim-9" }, "claim-10")]
    [InlineData(new[] { "claim-2" }, "claim-3")]
    [InlineData(new[] { "claim-x", "claim-3-a", "claims-7", "claim-007" }, "claim-8")]
    [InlineData(new[] { "claim-9999999999" }, "claim-1")]
    public void NumberedIsOneMoreThanTheHighestTaken(string[] taken, string expected) =>
        Assert.Equal(expected, NextFreeId.Numbered("claim", taken));

    [Fact]
    public void UniqueAddsTheFirstFreeNumber()
    {
        Assert.Equal("ferry", NextFreeId.Unique("ferry", _ => false));
        Assert.Equal("ferry-3", NextFreeId.Unique("ferry", id => id is "ferry" or "ferry-2"));
    }

    [Fact]
    public void UniqueStaysWithinTheIdLengthLimit()
    {
        var longest = string.Join('-', Enumerable.Repeat("abcdefghi", 8)); // 79 characters
        var id = NextFreeId.Unique(longest, id => id == longest);
        Assert.True(Ids.IsValid(id), id);
        Assert.EndsWith("-2", id, StringComparison.Ordinal);
    }
}
