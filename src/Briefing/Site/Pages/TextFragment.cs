namespace Briefing.Site.Pages;

/// <summary>
/// Links to a passage of the original article with a text fragment (<c>#:~:text=</c>), which browsers
/// that support it scroll to and highlight; others simply open the article.
/// </summary>
public static class TextFragment
{
    /// <summary>The URL of <paramref name="passage"/> within the page at <paramref name="url"/>.</summary>
    public static string Link(Uri url, string passage)
    {
        var words = passage.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var page = url.GetLeftPart(UriPartial.Query);

        // Long passages are matched by their first and last words, which keeps the URL short and still exact.
        var directive = words.Length <= 10
            ? Encode(string.Join(' ', words))
            : Encode(string.Join(' ', words[..4])) + "," + Encode(string.Join(' ', words[^4..]));
        return $"{page}#:~:text={directive}";
    }

    // Text directives reserve '-', ',' and '&' besides what URLs reserve.
    private static string Encode(string text) =>
        Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
