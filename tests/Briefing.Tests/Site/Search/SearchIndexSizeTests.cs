using System.IO.Compression;
using System.Text;
using Briefing.Site.Search;
using Xunit.Abstractions;

namespace Briefing.Tests.Site.Search;

/// <summary>
/// What one query downloads from the index of a large briefing: meta.json, the shard of its term and the
/// docs chunks of the first page of results. 5,000 documents by default; set BRIEFING_SEARCH_DOCS (e.g.
/// to 100000) to measure at scale (a documented command in docs/decisions.md, not part of CI).
/// </summary>
public class SearchIndexSizeTests(ITestOutputHelper output)
{
    private const int ResultsShown = 20;
    private const long QueryBudget = 400_000;

    [Fact]
    public void AQueryForTheCommonestWordDownloadsAFewHundredKilobytesAtMost()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_SEARCH_DOCS"), out var n) ? n : 5000;
        var files = SearchIndexBuilder.Build(SyntheticBriefing.Create(count));
        var index = new SearchIndexReader(files);
        var byPath = files.ToDictionary(f => f.Path);
        var word = SyntheticBriefing.CommonestWord;
        var hits = index.Lookup(word);
        var fetched = new[] { "search/meta.json", $"search/idx/{SearchShards.FileName(index.KeyOf(word)!)}.json" }
            .Concat(hits.Take(ResultsShown).Select(h => $"search/docs/{h / index.Chunk}.json")).Distinct().Select(p => byPath[p]).ToList();
        var shards = files.Where(f => f.Path.StartsWith("search/idx/", StringComparison.Ordinal)).ToList();
        var largest = shards.MaxBy(Bytes)!;

        output.WriteLine($"{count:N0} documents: {shards.Count:N0} shards, largest {largest.Path} {Bytes(largest):N0} B; meta.json {Bytes(files[0]):N0} B");
        output.WriteLine($"query '{word}' ({hits.Length:N0} hits) fetches {fetched.Count} files, {fetched.Sum(Bytes):N0} B ({fetched.Sum(Gzipped):N0} B gzipped)");

        Assert.Equal(count, index.DocumentCount);
        Assert.True(hits.Length > count / 2, "the commonest word is in most documents");
        Assert.True(fetched.Sum(Bytes) < QueryBudget, $"a one-word query fetches {fetched.Sum(Bytes)} bytes");
    }

    private static long Bytes(SearchFile file) => Encoding.UTF8.GetByteCount(file.Content);

    private static long Gzipped(SearchFile file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(file.Content));
        }

        return buffer.Length;
    }
}
