using System.Globalization;
using System.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Groups the inverted index into shards by a prefix of each token (its key), so that a query downloads
/// only the shards of its own terms however large the briefing grows. Keys start at two UTF-16 units;
/// a shard bigger than <see cref="Budget"/> is split by one more unit, again and again, except for the
/// tokens no longer than its key, which stay in it. The browser finds a token's shard as the longest
/// key the token starts with (<c>shardKey</c> in theme/assets/search.js).
/// </summary>
internal static class SearchShards
{
    /// <summary>About how many bytes a shard may hold before it is split: a few shards per query stay well under a few hundred KB.</summary>
    public const int Budget = 48 * 1024;

    private const int FirstKeyLength = 2;
    private const int MaxKeyLength = 12;

    /// <summary>
    /// The file name (without ".json") for a key: the key itself when it is all [a-z0-9], else "_"
    /// followed by four lower-case hex digits per UTF-16 unit. Plain names never hold "_", so the two
    /// never collide, and any key gives a safe file name.
    /// </summary>
    public static string FileName(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            return key;
        }

        var hex = new StringBuilder("_", 1 + (4 * key.Length));
        foreach (var unit in key)
        {
            hex.Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>The first <paramref name="length"/> units of <paramref name="token"/>, never ending inside a surrogate pair.</summary>
    public static string Key(string token, int length)
    {
        if (token.Length <= length)
        {
            return token;
        }

        return char.IsHighSurrogate(token[length - 1]) ? token[..(length + 1)] : token[..length];
    }

    /// <summary>The shards, by key (sorted ordinally), each with its tokens (sorted) and their encoded postings.</summary>
    public static SortedDictionary<string, SortedDictionary<string, List<int>>> Split(SortedDictionary<string, List<int>> postings)
    {
        var shards = new SortedDictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        foreach (var group in postings.GroupBy(p => Key(p.Key, FirstKeyLength), StringComparer.Ordinal))
        {
            Place(shards, group.Key, [.. group]);
        }

        return shards;
    }

    private static void Place(SortedDictionary<string, SortedDictionary<string, List<int>>> shards, string key, List<KeyValuePair<string, List<int>>> tokens)
    {
        if (key.Length >= MaxKeyLength || tokens.Count < 2 || tokens.Sum(t => EstimatedBytes(t.Key, t.Value)) <= Budget)
        {
            shards.Add(key, new SortedDictionary<string, List<int>>(tokens.ToDictionary(), StringComparer.Ordinal));
            return;
        }

        var stay = tokens.Where(t => t.Key.Length <= key.Length).ToList();
        if (stay.Count > 0)
        {
            shards.Add(key, new SortedDictionary<string, List<int>>(stay.ToDictionary(), StringComparer.Ordinal));
        }

        foreach (var group in tokens.Where(t => t.Key.Length > key.Length).GroupBy(t => Key(t.Key, key.Length + 1), StringComparer.Ordinal))
        {
            Place(shards, group.Key, [.. group]);
        }
    }

    /// <summary>Near enough to the written JSON: the quoted token, then each gap and its comma.</summary>
    private static long EstimatedBytes(string token, List<int> values)
    {
        long bytes = Encoding.UTF8.GetByteCount(token) + 5;
        var previous = 0;
        foreach (var value in values)
        {
            bytes += Digits(value - previous) + 1;
            previous = value;
        }

        return bytes;
    }

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 7;

    /// <summary>
    /// Each token of the documents with its postings: document number × 2, plus 1 when the token is in
    /// the document's title (so the browser ranks title hits first without fetching titles). Ascending,
    /// since documents are visited in order; sorted ordinally so the output does not depend on hash order.
    /// </summary>
    public static SortedDictionary<string, List<int>> Collect(IReadOnlyList<SearchDocument> documents)
    {
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < documents.Count; number++)
        {
            var document = documents[number];
            var title = new HashSet<string>(SearchTokenizer.Tokenize(document.Title), StringComparer.Ordinal);
            var all = new HashSet<string>(title, StringComparer.Ordinal);
            all.UnionWith(SearchTokenizer.Tokenize(document.Text));
            foreach (var keyword in document.Keywords)
            {
                all.UnionWith(SearchTokenizer.Tokenize(keyword));
            }

            foreach (var token in all)
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    list = [];
                    postings.Add(token, list);
                }

                list.Add((number * 2) + (title.Contains(token) ? 1 : 0));
            }
        }

        return postings;
    }
}
