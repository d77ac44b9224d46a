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
        Assert.Equal(name, SearchShards.Name(token));
    }

    [Theory]
    [InlineData("зеленськии", "x04370435")]
    [InlineData("łodz", "x0142006f")]
    [InlineData("σοφοσ", "x03c303bf")]
    [InlineData("日本語", "x65e5672c")]
    [InlineData("\U0001D7CE\U0001D7CF", "xd835dfce")]
    [InlineData("ж", "x0436")]
    public void OtherTokensAreHexEncodedUtf16Units(string token, string name)
    {
        Assert.Equal(name, SearchShards.Name(token));
    }

    [Fact]
    public void NonAsciiShardFilesAreWrittenUnderSafeNames()
    {
        var files = SearchIndexBuilder.Build([new("entity", "Зеленський", "entities/z/", "Łódź 日本語", [])]);

        Assert.Equal(
            ["search/idx/x0142006f.json", "search/idx/x04370435.json", "search/idx/x65e5672c.json"],
            files.Skip(2).Select(f => f.Path));
        Assert.All(files, f => Assert.Matches("^search/(idx/)?[a-z0-9]+\\.json$", f.Path));
        Assert.Equal("{\"зеленськии\":[0]}", files.Single(f => f.Path == "search/idx/x04370435.json").Content);
    }
}
