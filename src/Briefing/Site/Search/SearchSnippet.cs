using System.Text;

namespace Briefing.Site.Search;

/// <summary>The short excerpt of a document's text shown under its title in the results.</summary>
internal static class SearchSnippet
{
    /// <summary>Long enough for a passage of an article to show its match in context; short enough that a docs chunk stays small.</summary>
    public const int MaxLength = 240;

    /// <summary>
    /// <paramref name="text"/> with white-space runs collapsed to one space; when longer than
    /// <see cref="MaxLength"/>, cut at the last space that keeps it within the limit (or mid-word, never
    /// inside a surrogate pair, when there is none) and ended with "…".
    /// </summary>
    public static string Make(string text)
    {
        var flat = Collapse(text);
        if (flat.Length <= MaxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', MaxLength);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(flat[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        }

        return string.Concat(flat.AsSpan(0, cut).TrimEnd(" ,;:-\u2013\u2014"), "\u2026");
    }

    private static string Collapse(string text)
    {
        var flat = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                flat.Append(' ');
                space = false;
            }

            flat.Append(c);
        }

        return flat.ToString();
    }
}
