using Briefing.Common;

namespace Briefing.Tests.Common;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("stnace", "stance")]
    [InlineData("atributed_to", "attributed_to")]
    [InlineData("evidnce", "evidence")]
    [InlineData("Statement", "statement")]
    public void FindsTheIntendedKey(string typo, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(typo, ["id", "statement", "stance", "evidence", "attributed_to", "entities"]));

    [Fact]
    public void SuggestsNothingWhenNothingIsClose() =>
        Assert.Null(Suggestions.Closest("colour", ["id", "statement", "evidence"]));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void EditDistanceIsLevenshtein(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Between(a, b));
}
