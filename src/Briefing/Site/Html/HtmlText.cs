using System.Text;

namespace Briefing.Site.Html;

/// <summary>Escaping for text and attribute values, the one way the site does it.</summary>
public static class HtmlText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' so the result is safe in text and in quoted attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
