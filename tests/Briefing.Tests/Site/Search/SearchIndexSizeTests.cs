using System.IO.Compression;
using System.Text;
using Briefing.Site.Search;
using Xunit.Abstractions;

namespace Briefing.Tests.Site.Search;

public class SearchIndexSizeTests(ITestOutputHelper output)
{
    private const int Documents = 5000;

    [Fact]
    public void IndexOfFiveThousandDocumentsStaysSmallPerQuery()
    {
        var files = SearchIndexBuilder.Build(SyntheticBriefing.Create(Documents));
        var index = new SearchIndexReader(files);
        var shards = files.Where(f => f.Path.StartsWith("search/idx/", StringComparison.Ordinal)).ToDictionary(f => f.Path, Bytes);
        var total = shards.Values.Sum();
        var largest = shards.MaxBy(s => s.Value);
        var common = shards[$"search/idx/{SearchShards.Name(SyntheticBriefing.CommonestWord)}.json"];
        var docs = Bytes(files.Single(f => f.Path == "search/docs.json"));

        output.WriteLine($"docs.json {docs:N0} B ({Gzipped(files[1]):N0} B gzipped); meta.json {Bytes(files[0]):N0} B");
        output.WriteLine($"{shards.Count} shards, {total:N0} B in all; largest {largest.Key} {largest.Value:N0} B");
        output.WriteLine($"query '{SyntheticBriefing.CommonestWord}' fetches one shard of {common:N0} B = {100.0 * common / total:F1}% of the index");

        Assert.Equal(Documents, index.DocumentCount);
        Assert.True(index.Lookup(SyntheticBriefing.CommonestWord).Length > Documents / 2, "the commonest word is in most documents");
        Assert.True(largest.Value < 200_000, $"largest shard {largest.Key} is {largest.Value} bytes");
        Assert.True(common < total / 10, $"a one-word query fetches {common} of {total} index bytes");
        Assert.True(Bytes(files[0]) < 8_000, "meta.json, fetched by every search, stays small");
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
