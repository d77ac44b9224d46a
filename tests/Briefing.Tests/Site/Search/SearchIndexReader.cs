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
        Hash = meta.RootElement.GetProperty("hash").GetString()!;
        ShardNames = [.. meta.RootElement.GetProperty("shards").EnumerateArray().Select(e => e.GetString()!)];
        using var docs = JsonDocument.Parse(_files["search/docs.json"]);
        Documents = [.. docs.RootElement.EnumerateArray().Select(d => d.EnumerateArray().Select(e => e.GetString()!).ToArray())];
    }

    public int Version { get; }

    public int DocumentCount { get; }

    public string Hash { get; }

    public IReadOnlyList<string> ShardNames { get; }

    /// <summary>docs.json rows: kind, title, url, snippet.</summary>
    public IReadOnlyList<string[]> Documents { get; }

    public string Content(string path) => _files[path];

    /// <summary>A shard's tokens with their decoded (absolute) document numbers, in file order.</summary>
    public IReadOnlyList<(string Token, int[] Documents)> Shard(string name)
    {
        using var shard = JsonDocument.Parse(_files[$"search/idx/{name}.json"]);
        var entries = new List<(string, int[])>();
        foreach (var property in shard.RootElement.EnumerateObject())
        {
            var number = 0;
            entries.Add((property.Name, [.. property.Value.EnumerateArray().Select(gap => number += gap.GetInt32())]));
        }

        return entries;
    }

    /// <summary>The documents containing <paramref name="token"/> exactly, or none.</summary>
    public int[] Lookup(string token)
    {
        var name = SearchShards.Name(token);
        return ShardNames.Contains(name) ? Shard(name).Where(e => e.Token == token).Select(e => e.Documents).SingleOrDefault([]) : [];
    }
}
