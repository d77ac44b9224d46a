using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Globalization;
using System.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Builds the files behind /search/: the site's own index, fetched by theme/assets/search.js from the
/// same origin, so search needs no third-party host and no eval. A query fetches meta.json, the shards
/// of its terms and the document chunks of the results it shows, so what it downloads grows with the
/// results, not with the briefing. The files, under <c>search/</c>:
/// <list type="bullet">
/// <item><c>meta.json</c>: <c>{"version":2,"docs":N,"chunk":C,"hash":"16 hex digits","shards":[key,…]}</c>;
/// the hash covers every other file, and the browser appends it to their URLs (<c>?v=</c>) so a cache
/// never mixes two builds. The keys are sorted ordinally.</item>
/// <item><c>docs/&lt;k&gt;.json</c>: documents k×C to k×C+C−1, each <c>[kind,title,url,snippet]</c>, a
/// claim's with its grade code and words appended; a document's number is its position overall.</item>
/// <item><c>idx/&lt;file&gt;.json</c>, one per key (file name from <see cref="SearchShards.FileName"/>):
/// <c>{"token":[first,gap,gap,…],…}</c>, delta-encoded ascending values of document number × 2, plus 1
/// where the token is in the document's title.</item>
/// </list>
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The <c>version</c> in meta.json; raise it when the layout of any file changes.</summary>
    public const int FormatVersion = 2;

    /// <summary>How many documents one docs file holds: the 20 results a page shows fetch at most 20 small files.</summary>
    public const int ChunkSize = 32;

    private static readonly FrozenSet<string> Kinds =
        new[] { "claim", "source", "topic", "event", "entity", "passage" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The index files for <paramref name="documents"/>: meta.json, the docs chunks, then the shards by key.</summary>
    /// <exception cref="ArgumentException">A document has an unknown kind, a null field, or a URL that is not site-relative.</exception>
    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        for (var i = 0; i < documents.Count; i++)
        {
            Validate(documents[i], i);
        }

        var files = new List<SearchFile>();
        for (var first = 0; first < documents.Count; first += ChunkSize)
        {
            var chunk = documents.Skip(first).Take(ChunkSize).ToList();
            files.Add(new($"search/docs/{(first / ChunkSize).ToString(CultureInfo.InvariantCulture)}.json", SearchJson.Documents(chunk)));
        }

        var shards = SearchShards.Split(SearchShards.Collect(documents));
        foreach (var (key, postings) in shards)
        {
            files.Add(new SearchFile($"search/idx/{SearchShards.FileName(key)}.json", SearchJson.Shard(postings)));
        }

        files.Insert(0, new SearchFile("search/meta.json", SearchJson.Meta(documents.Count, ChunkSize, Hash(files), shards.Keys)));
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
            throw new ArgumentException($"document {index} has kind '{document.Kind}'; expected one of claim, source, topic, event, entity, passage", nameof(document));
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
