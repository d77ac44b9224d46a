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
    public void MetaListsVersionDocumentCountChunkHashAndEveryShard()
    {
        var files = SearchIndexBuilder.Build(Sample);
        Assert.Equal(2, Index.Version);
        Assert.Equal(5, Index.DocumentCount);
        Assert.Equal(SearchIndexBuilder.ChunkSize, Index.Chunk);
        Assert.Matches("^[0-9a-f]{16}$", Index.Hash);
        var shardFiles = files.Select(f => f.Path).Where(p => p.StartsWith("search/idx/", StringComparison.Ordinal));
        Assert.Equal(Index.ShardKeys.Select(k => $"search/idx/{SearchShards.FileName(k)}.json").Order(StringComparer.Ordinal), shardFiles.Order(StringComparer.Ordinal));
        Assert.Equal(Index.ShardKeys.Order(StringComparer.Ordinal), Index.ShardKeys);
        Assert.Equal(["search/meta.json", "search/docs/0.json"], files.Take(2).Select(f => f.Path));
    }

    [Fact]
    public void DocumentsComeInChunksAndClaimsCarryTheirGrade()
    {
        var docs = Enumerable.Range(0, SearchIndexBuilder.ChunkSize + 3)
            .Select(i => new SearchDocument("claim", $"c{i}", $"claims/c{i}/", "text", []) { GradeCode = "2", GradeLabel = "probably true" }).ToArray();

        var index = new SearchIndexReader(SearchIndexBuilder.Build(docs));

        Assert.Equal(docs.Length, index.Documents.Count);
        Assert.Equal(["claim", "c33", "claims/c33/", "text", "2", "probably true"], index.Documents[33]);
        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(index.Content("search/docs/1.json")).RootElement.GetArrayLength());
    }

    [Fact]
    public void ABigShardIsSplitByLongerKeysSoThatNoneExceedsTheBudget()
    {
        // 3,000 documents, each with its own long "kursk…" word: far more than one shard may hold.
        var docs = Enumerable.Range(0, 3000).Select(i => new SearchDocument("claim", $"kursk{i:D5}x{new string('y', 20)}", $"claims/c{i}/", "kursk", [])).ToArray();

        var files = SearchIndexBuilder.Build(docs);
        var index = new SearchIndexReader(files);

        Assert.True(index.ShardKeys.Count(k => k.StartsWith("ku", StringComparison.Ordinal)) > 1, "the ku shard is split");
        Assert.Contains(index.ShardKeys, k => k.Length > 3);
        Assert.All(files.Where(f => f.Path.StartsWith("search/idx/", StringComparison.Ordinal)), f => Assert.True(f.Content.Length < SearchShards.Budget * 2, f.Path));
        Assert.Equal(3000, index.Lookup("kursk").Length);
        Assert.Equal([1234], index.Lookup($"kursk01234x{new string('y', 20)}"));
    }

    [Fact]
    public void DocumentsAreKindTitleUrlSnippetInGivenOrder()
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
        foreach (var name in Index.ShardKeys)
        {
            var shard = Index.Shard(name);
            Assert.NotEmpty(shard);
            Assert.Equal(shard.Select(e => e.Token).Order(StringComparer.Ordinal), shard.Select(e => e.Token));
            Assert.All(shard, e => Assert.Equal(name, Index.KeyOf(e.Token)));
            Assert.All(shard, e => Assert.Equal(e.Values.Order(), e.Values.Distinct()));
        }
    }

    [Fact]
    public void PostingsAreDeltaEncodedDocumentNumbersTimesTwoPlusOneForATitleHit()
    {
        var docs = Enumerable.Range(0, 12).Select(i => new SearchDocument("claim", i == 10 ? "Kursk" : $"c{i}", $"claims/c{i}/", i % 5 == 0 ? "kursk" : "other", [])).ToArray();

        var shard = new SearchIndexReader(SearchIndexBuilder.Build(docs)).Content("search/idx/ku.json");

        // Documents 0, 5 and 10 (in its title): values 0, 10, 21.
        Assert.Equal("{\"kursk\":[0,10,11]}", shard);
    }

    [Fact]
    public void EmptyBriefingHasMetaOnly()
    {
        var files = SearchIndexBuilder.Build([]);

        Assert.Equal(["search/meta.json"], files.Select(f => f.Path));
        Assert.StartsWith("{\"version\":2,\"docs\":0,\"chunk\":32,\"hash\":\"", files[0].Content, StringComparison.Ordinal);
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
