using System.Text.Json;
using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

/// <summary>Reads built index files back, the way the browser does, so tests check meaning as well as bytes.</summary>
internal sealed class SearchIndexReader
{
    private readonly Dictionary<string, string> _files;

    public SearchIndexReader(IReadOnlyList<SearchFile> files)
    {
        _files = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        using var meta = JsonDocument.Parse(_files["search/meta.json"]);
        Version = meta.RootElement.GetProperty("version").GetInt32();
        DocumentCount = meta.RootElement.GetProperty("docs").GetInt32();
        Chunk = meta.RootElement.GetProperty("chunk").GetInt32();
        Hash = meta.RootElement.GetProperty("hash").GetString()!;
        ShardKeys = [.. meta.RootElement.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!)];
        var documents = new List<string[]>();
        for (var k = 0; _files.TryGetValue($"search/docs/{k}.json", out var chunk); k++)
        {
            using var docs = JsonDocument.Parse(chunk);
            documents.AddRange(docs.RootElement.EnumerateArray().Select(d => d.EnumerateArray().Select(e => e.GetString()!).ToArray()));
        }

        Documents = documents;
    }

    public int Version { get; }

    public int DocumentCount { get; }

    public int Chunk { get; }

    public string Hash { get; }

    /// <summary>The shard keys meta.json lists.</summary>
    public IReadOnlyList<string> ShardKeys { get; }

    /// <summary>Every document row, chunks joined: kind, title, url, snippet (and a claim's grade code and words).</summary>
    public IReadOnlyList<string[]> Documents { get; }

    public string Content(string path) => _files[path];

    /// <summary>The key of the shard holding <paramref name="token"/>: the longest key it starts with.</summary>
    public string? KeyOf(string token) =>
        ShardKeys.Where(k => token.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);

    /// <summary>A shard's tokens with their decoded values (document number × 2, +1 in the title), in file order.</summary>
    public IReadOnlyList<(string Token, int[] Values)> Shard(string key)
    {
        using var shard = JsonDocument.Parse(_files[$"search/idx/{SearchShards.FileName(key)}.json"]);
        var entries = new List<(string, int[])>();
        foreach (var property in shard.RootElement.EnumerateObject())
        {
            var number = 0;
            entries.Add((property.Name, [.. property.Value.EnumerateArray().Select(gap => number += gap.GetInt32())]));
        }

        return entries;
    }

    /// <summary>The documents containing <paramref name="token"/> exactly, or none.</summary>
    public int[] Lookup(string token) =>
        KeyOf(token) is { } key ? Shard(key).Where(e => e.Token == token).Select(e => e.Values.Select(v => v / 2).ToArray()).SingleOrDefault([]) : [];
}
