using System.Text.Json;
using System.Text.RegularExpressions;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Picks search words from a built site's own search documents (search/docs/&lt;k&gt;.json: [kind, title,
/// url, snippet…] per document), so the tests follow the content instead of hard-coding it. A word is
/// chosen to be rare among titles: search shows 20 results at first, ranked by title matches, so a
/// common word could push the document the test looks for off the list.
/// </summary>
internal sealed partial class SearchIndexWords
{
    private readonly List<(string Kind, string Title, string Url, string Text)> _docs = [];

    public SearchIndexWords(string siteFolder)
    {
        for (var k = 0; File.Exists(Path.Combine(siteFolder, "search", "docs", $"{k}.json")); k++)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(siteFolder, "search", "docs", $"{k}.json")));
            _docs.AddRange(json.RootElement.EnumerateArray().Select(d => (d[0].GetString()!, d[1].GetString()!, d[2].GetString()!, d[3].GetString()!)));
        }
    }

    /// <summary>
    /// A word of five letters or more that occurs in one passage of an article and in no claim, source,
    /// topic, event or entity (nor in any other passage), with the URL of that passage; searched for
    /// against the indexed words of every document kind, as far as the snippets show them.
    /// </summary>
    public (string Word, string Url) ArticleOnlyWord(IEnumerable<string> siteTexts)
    {
        var elsewhere = _docs.Where(d => d.Kind != "passage").SelectMany(d => Words(d.Title + " " + d.Text))
            .Concat(siteTexts.SelectMany(Words))
            .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var passages = _docs.Where(d => d.Kind == "passage").ToList();
        var counts = passages.SelectMany(p => Words(p.Text).Select(w => w.ToLowerInvariant()).Distinct()).CountBy(w => w).ToDictionary();
        foreach (var passage in passages)
        {
            var word = Words(passage.Text).Select(w => w.ToLowerInvariant())
                .FirstOrDefault(w => w.Length >= 6 && counts[w] == 1 && !elsewhere.Contains(w));
            if (word is not null)
            {
                return (word, passage.Url);
            }
        }

        throw new InvalidOperationException("no word occurs only in an article");
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
