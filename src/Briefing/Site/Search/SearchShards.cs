using System.Globalization;
using System.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Groups the inverted index into shards by the first two UTF-16 units of each token, so that a query
/// downloads only the shards of its own terms, however large the briefing grows. The browser computes
/// the same names (<c>shardName</c> in theme/assets/search.js).
/// </summary>
internal static class SearchShards
{
    /// <summary>
    /// The shard file name (without ".json") for <paramref name="token"/>: its first two units when both
    /// are [a-z0-9], else "x" followed by four lower-case hex digits per unit. A plain name has at most
    /// two characters and a hex name at least five, so the two can never collide, and any character
    /// (even half a surrogate pair) gives a safe file name.
    /// </summary>
    public static string Name(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var key = token.Length > 2 ? token[..2] : token;
        if (key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            return key;
        }

        var hex = new StringBuilder("x", 1 + (4 * key.Length));
        foreach (var unit in key)
        {
            hex.Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>
    /// Each token of the documents with the ascending numbers (positions in <paramref name="documents"/>)
    /// of the documents containing it in its title, text or keywords; grouped by shard name. Both levels
    /// are sorted ordinally so that the output does not depend on hash order.
    /// </summary>
    public static SortedDictionary<string, SortedDictionary<string, List<int>>> Collect(IReadOnlyList<SearchDocument> documents)
    {
        var shards = new SortedDictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var number = 0; number < documents.Count; number++)
        {
            foreach (var token in TokensOf(documents[number]))
            {
                var name = Name(token);
                if (!shards.TryGetValue(name, out var shard))
                {
                    shard = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
                    shards.Add(name, shard);
                }

                if (!shard.TryGetValue(token, out var postings))
                {
                    postings = [];
                    shard.Add(token, postings);
                }

                postings.Add(number);
            }
        }

        return shards;
    }

    /// <summary>The distinct tokens of a document; documents are visited in order, so postings stay ascending.</summary>
    private static HashSet<string> TokensOf(SearchDocument document)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        tokens.UnionWith(SearchTokenizer.Tokenize(document.Title));
        tokens.UnionWith(SearchTokenizer.Tokenize(document.Text));
        foreach (var keyword in document.Keywords)
        {
            tokens.UnionWith(SearchTokenizer.Tokenize(keyword));
        }

        return tokens;
    }
}
