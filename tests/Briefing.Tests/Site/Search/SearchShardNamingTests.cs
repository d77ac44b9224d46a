using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

public class SearchShardNamingTests
{
    [Theory]
    [InlineData("kursk", "ku")]
    [InlineData("11000", "11")]
    [InlineData("7", "7")]
    [InlineData("nk", "nk")]
    [InlineData("a7b", "a7")]
    public void AsciiTokensUseTheirFirstTwoCharacters(string token, string name)
    {
        Assert.Equal(name, SearchShards.FileName(SearchShards.Key(token, 2)));
    }

    [Theory]
    [InlineData("зеленськии", "_04370435")]
    [InlineData("łodz", "_0142006f")]
    [InlineData("σοφοσ", "_03c303bf")]
    [InlineData("日本語", "_65e5672c")]
    [InlineData("\U0001D7CE\U0001D7CF", "_d835dfce")]
    [InlineData("ж", "_0436")]
    public void OtherTokensAreHexEncodedUtf16Units(string token, string name)
    {
        Assert.Equal(name, SearchShards.FileName(SearchShards.Key(token, 2)));
    }

    [Fact]
    public void NonAsciiShardFilesAreWrittenUnderSafeNames()
    {
        var files = SearchIndexBuilder.Build([new("entity", "Зеленський", "entities/z/", "Łódź 日本語", [])]);

        Assert.Equal(
            ["search/idx/_0142006f.json", "search/idx/_04370435.json", "search/idx/_65e5672c.json"],
            files.Skip(2).Select(f => f.Path));
        Assert.All(files, f => Assert.Matches("^search/((idx|docs)/)?_?[a-z0-9]+\\.json$", f.Path));
        Assert.Equal("{\"зеленськии\":[1]}", files.Single(f => f.Path == "search/idx/_04370435.json").Content);
    }
}
