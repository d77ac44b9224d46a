using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Builds the files behind /search/: the site's own index, fetched by theme/assets/search.js from the
/// same origin, so search needs no third-party host and no eval. The files, under <c>search/</c>:
/// <list type="bullet">
/// <item><c>meta.json</c>: <c>{"version":1,"docs":N,"hash":"16 hex digits","shards":["ab",…]}</c>; the
/// hash covers every other file, and the browser appends it to their URLs (<c>?v=</c>) so a cache
/// never mixes two builds.</item>
/// <item><c>docs.json</c>: <c>[[kind,title,url,snippet],…]</c>; a document's number is its position.</item>
/// <item><c>idx/&lt;shard&gt;.json</c>: <c>{"token":[delta-encoded ascending document numbers],…}</c>,
/// one file per shard name (<see cref="SearchShards.Name"/>).</item>
/// </list>
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The <c>version</c> in meta.json; raise it when the layout of any file changes.</summary>
    public const int FormatVersion = 1;

    private static readonly FrozenSet<string> Kinds =
        new[] { "claim", "source", "topic", "event", "entity" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The index files for <paramref name="documents"/>: meta.json, docs.json, then the shards by name.</summary>
    /// <exception cref="ArgumentException">A document has an unknown kind, a null field, or a URL that is not site-relative.</exception>
    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        for (var i = 0; i < documents.Count; i++)
        {
            Validate(documents[i], i);
        }

        var files = new List<SearchFile> { new("search/docs.json", SearchJson.Documents(documents)) };
        var shards = SearchShards.Collect(documents);
        foreach (var (name, postings) in shards)
        {
            files.Add(new SearchFile($"search/idx/{name}.json", SearchJson.Shard(postings)));
        }

        files.Insert(0, new SearchFile("search/meta.json", SearchJson.Meta(documents.Count, Hash(files), shards.Keys)));
        return files;
    }

    /// <summary>Of the paths and contents, so that any change to any file changes it.</summary>
    private static string Hash(List<SearchFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Path}\n{file.Content}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static void Validate(SearchDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document, $"documents[{index}]");
        if (document.Kind is null || !Kinds.Contains(document.Kind))
        {
            throw new ArgumentException($"document {index} has kind '{document.Kind}'; expected one of claim, source, topic, event, entity", nameof(document));
        }

        if (document.Title is null || document.Text is null || document.Url is null
            || document.Keywords is null || document.Keywords.Any(k => k is null))
        {
            throw new ArgumentException($"document {index} ('{document.Url}') has a null title, text, URL or keyword", nameof(document));
        }

        // The browser prefixes the base path; a leading slash or a scheme would escape it.
        if (document.Url.StartsWith('/') || document.Url.Contains(':', StringComparison.Ordinal) || document.Url.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"document {index} has URL '{document.Url}'; expected a site-relative path without base path such as 'claims/x/'", nameof(document));
        }
    }
}
