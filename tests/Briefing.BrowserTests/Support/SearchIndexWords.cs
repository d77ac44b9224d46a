using System.Text.Json;
using System.Text.RegularExpressions;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Picks search words from a built site's own search documents (search/docs.json: [kind, title, url,
/// snippet] per document), so the tests follow the content instead of hard-coding it. A word is chosen
/// to be rare among titles: search lists at most 50 results, ranked by title matches, so a common word
/// could push the document the test looks for off the list.
/// </summary>
internal sealed partial class SearchIndexWords
{
    private readonly List<(string Kind, string Title, string Url)> _docs;

    public SearchIndexWords(string siteFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(siteFolder, "search", "docs.json")));
        _docs = [.. json.RootElement.EnumerateArray().Select(d => (d[0].GetString()!, d[1].GetString()!, d[2].GetString()!))];
    }

    /// <summary>The first document of a kind ("claim", "source"), as (title, url relative to the base).</summary>
    public (string Title, string Url) First(string kind)
    {
        var doc = _docs.First(d => d.Kind == kind);
        return (doc.Title, doc.Url);
    }

    /// <summary>The word of <paramref name="title"/> found in the fewest document titles (ties: the longest).</summary>
    public string RarestWordOf(string title)
    {
        var titles = _docs.Select(d => Words(d.Title).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        return Words(title)
            .Where(w => w.Length >= 5) // clear of stop words and of the search's two-letter shards
            .OrderBy(w => titles.Count(t => t.Contains(w)))
            .ThenByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .First();
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
