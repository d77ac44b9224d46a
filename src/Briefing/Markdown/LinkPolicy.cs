namespace Briefing.Markdown;

/// <summary>Which link targets content may use: http(s), relative links, and cross-references.</summary>
public static class LinkPolicy
{
    /// <summary>The scheme of <paramref name="url"/> (lower-cased), or null for a relative link.</summary>
    public static string? SchemeOf(string url)
    {
        // A scheme is letters, digits, + - . before the first ':' and before any '/', '?' or '#'.
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i == 0 ? null : url[..i].ToLowerInvariant();
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True for http, https and relative links (which include <c>#fragment</c> and <c>/path</c>).</summary>
    public static bool IsSafe(string url)
    {
        // Browsers drop tabs and newlines inside URLs, so "java\tscript:" must be judged as "javascript:".
        var cleaned = new string([.. url.Where(c => !char.IsControl(c))]).Trim();
        var scheme = SchemeOf(cleaned);
        return scheme is null or "http" or "https";
    }

    /// <summary>True for links to another host: images must not load from one.</summary>
    public static bool IsExternal(string url) => SchemeOf(url) is "http" or "https" || url.StartsWith("//", StringComparison.Ordinal);
}
