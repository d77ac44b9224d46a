using Briefing.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Cuts an article's shown text into passages for search: each paragraph, and a long paragraph into
/// runs of whole sentences that fit a result's snippet, so the match a reader searched for is on screen.
/// </summary>
internal static class ArticlePassages
{
    /// <summary>The passages of the body (line 1 on, boilerplate and blank lines left out), each with its line.</summary>
    public static IEnumerable<(int Line, string Text)> Of(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (var line = 1; line < article.Lines.Count; line++)
        {
            var text = article.Lines[line].Trim();
            if (text.Length == 0 || article.IsBoilerplate(line))
            {
                continue;
            }

            foreach (var passage in Split(text, SearchSnippet.MaxLength))
            {
                yield return (line, passage);
            }
        }
    }

    /// <summary>Sentences ("… ." then a space) gathered into pieces of at most <paramref name="max"/> characters where they allow.</summary>
    internal static IEnumerable<string> Split(string text, int max)
    {
        var piece = new System.Text.StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (piece.Length > 0 && piece.Length + 1 + sentence.Length > max)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(piece.Length > 0 ? " " : "").Append(sentence);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '?' or '!' or '"' or '\u201D')
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
