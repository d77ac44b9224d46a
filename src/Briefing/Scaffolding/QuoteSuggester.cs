using Briefing.Text;

namespace Briefing.Scaffolding;

/// <summary>
/// Picks words of a source that a new claim can quote as it stands: a sentence of the article that
/// occurs exactly once outside the boilerplate and that no claim quotes yet. The skeleton then passes
/// validation, and the editor sees a working example to replace with the words that matter.
/// </summary>
internal static class QuoteSuggester
{
    /// <summary>Quotes longer than this are cut at a word boundary: an example need not be a whole sentence.</summary>
    public const int MaxLength = 120;

    private const int MinWords = 4;

    /// <summary>The first suitable sentence of the body, else the headline; null when there is none.</summary>
    public static string? Suggest(ArticleText article, IReadOnlyCollection<string> alreadyQuoted)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quoted = alreadyQuoted.Select(q => q.Trim()).ToHashSet(StringComparer.Ordinal);
        var body = Enumerable.Range(1, article.Lines.Count - 1).Where(i => !article.IsBoilerplate(i)).Select(i => article.Lines[i]);
        return body.SelectMany(Sentences).Append(article.Headline)
            .Select(Shorten)
            .FirstOrDefault(candidate => candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords
                && !quoted.Contains(candidate)
                && article.Find(candidate).Kind == QuoteMatchKind.Found);
    }

    /// <summary>
    /// The sentences of a paragraph: each ends at '.', '?' or '!' followed by a space and a capital letter
    /// (so "Oct. 16" stays whole).
    /// </summary>
    internal static IEnumerable<string> Sentences(string paragraph)
    {
        var text = paragraph.Trim();
        var start = 0;
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 2;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    private static string Shorten(string sentence)
    {
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxLength);
        return (cut > 0 ? sentence[..cut] : sentence[..MaxLength]).TrimEnd(',', ';', ':', ' ', '-', '\u2013', '\u2014');
    }
}
