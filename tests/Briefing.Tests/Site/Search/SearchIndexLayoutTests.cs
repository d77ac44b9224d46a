using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

public class SearchIndexLayoutTests
{
    internal static readonly SearchDocument[] Sample =
    [
        new("claim", "North Korean troops in Kursk", "claims/nk-troops-kursk/",
            "About 11,000 North Korean soldiers were deployed to Russia's Kursk region.", ["nk-troops-kursk"]),
        new("source", "Pentagon briefing, 4 November", "sources/pentagon-briefing/",
            "Transcript of the press briefing.", ["U.S. Department of Defense", "pentagon-briefing"]),
        new("topic", "Foreign troops", "topics/foreign-troops/", "Soldiers from other countries.", []),
        new("event", "Kursk incursion begins", "chronology/#kursk-incursion", "Ukrainian forces cross the border.", []),
        new("entity", "Volodymyr Zelenskyy", "entities/zelenskyy/", "President of Ukraine.", ["Zélensky", "Зеленський"]),
    ];

    private static readonly SearchIndexReader Index = new(SearchIndexBuilder.Build(Sample));

    [Fact]
    public void MetaListsVersionDocumentCountHashAndEveryShard()
    {
        var files = SearchIndexBuilder.Build(Sample);
        Assert.Equal(1, Index.Version);
        Assert.Equal(5, Index.DocumentCount);
        Assert.Matches("^[0-9a-f]{16}$", Index.Hash);
        var shardFiles = files.Select(f => f.Path).Where(p => p.StartsWith("search/idx/", StringComparison.Ordinal));
        Assert.Equal(Index.ShardNames.Select(n => $"search/idx/{n}.json"), shardFiles);
        Assert.Equal(Index.ShardNames.Order(StringComparer.Ordinal), Index.ShardNames);
        Assert.Equal(["search/meta.json", "search/docs.json"], files.Take(2).Select(f => f.Path));
    }

    [Fact]
    public void DocsJsonIsKindTitleUrlSnippetInGivenOrder()
    {
        Assert.Equal(
            ["claim", "North Korean troops in Kursk", "claims/nk-troops-kursk/", "About 11,000 North Korean soldiers were deployed to Russia's Kursk region."],
            Index.Documents[0]);
        Assert.Equal(Sample.Select(d => d.Url), Index.Documents.Select(d => d[2]));
    }

    [Fact]
    public void ClaimIsFoundFromAWordOfItsStatementAndSourceFromItsPublisher()
    {
        Assert.Equal([0], Index.Lookup("deployed"));
        Assert.Equal([1], Index.Lookup("defense"));
        Assert.Equal([0, 2], Index.Lookup("soldiers"));
        Assert.Equal([0, 3], Index.Lookup("kursk"));
    }

    [Fact]
    public void NumbersIdsAndAliasesAreIndexed()
    {
        Assert.Equal([0], Index.Lookup("11000"));
        Assert.Equal([0], Index.Lookup("000"));
        Assert.Equal([0], Index.Lookup("nk"));
        Assert.Equal([4], Index.Lookup("zelensky"));
        Assert.Equal([4], Index.Lookup("зеленськии"));
        Assert.Empty(Index.Lookup("the"));
    }

    [Fact]
    public void EveryTokenIsInTheShardNamedAfterItAndPostingsAscend()
    {
        foreach (var name in Index.ShardNames)
        {
            var shard = Index.Shard(name);
            Assert.NotEmpty(shard);
            Assert.Equal(shard.Select(e => e.Token).Order(StringComparer.Ordinal), shard.Select(e => e.Token));
            Assert.All(shard, e => Assert.Equal(name, SearchShards.Name(e.Token)));
            Assert.All(shard, e => Assert.Equal(e.Documents.Order(), e.Documents.Distinct()));
        }
    }

    [Fact]
    public void PostingsAreDeltaEncoded()
    {
        var docs = Enumerable.Range(0, 12).Select(i => new SearchDocument("claim", $"c{i}", $"claims/c{i}/", i % 5 == 0 ? "kursk" : "other", [])).ToArray();

        var shard = new SearchIndexReader(SearchIndexBuilder.Build(docs)).Content("search/idx/ku.json");

        Assert.Equal("{\"kursk\":[0,5,5]}", shard);
    }

    [Fact]
    public void EmptyBriefingHasMetaAndEmptyDocsOnly()
    {
        var files = SearchIndexBuilder.Build([]);

        Assert.Equal(["search/meta.json", "search/docs.json"], files.Select(f => f.Path));
        Assert.Equal("[]", files[1].Content);
        Assert.StartsWith("{\"version\":1,\"docs\":0,\"hash\":\"", files[0].Content, StringComparison.Ordinal);
        Assert.EndsWith("\",\"shards\":[]}", files[0].Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claims/x/")]
    [InlineData("https://example.org/claims/x/")]
    [InlineData("claims\\x")]
    public void UrlThatIsNotSiteRelativeIsRejected(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build([new("claim", "t", url, "x", [])]));
        Assert.Contains("site-relative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKindIsRejected()
    {
        Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build([new("measure", "t", "figures/x/", "x", [])]));
    }
}
