using System.Text;

namespace Briefing.Site.Articles;

/// <summary>Escapes text for HTML element content and double-quoted attribute values alike.</summary>
internal static class HtmlEscape
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; &quot; &#39;</c> replaced.</summary>
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0)
            {
                html.Append(text);
                return;
            }

            html.Append(text[..next]);
            html.Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }
}
