using Briefing.Site.Html;
using Briefing.Site.Models;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>Builds the head of each page: title, description, canonical URL.</summary>
public sealed class PageMetaFactory(SiteUrls urls, string siteTitle, string siteDescription, bool noIndexAll = false)
{
    /// <summary>The meta of the page at <paramref name="sitePath"/> ("claims/x/").</summary>
    public PageMeta For(string title, string? description, string sitePath, string section, string ogType = "article", HtmlString? jsonLd = null, bool noIndex = false) =>
        new(
            sitePath.Length == 0 ? Fit(siteTitle) : TitleFor(title),
            Trim(string.IsNullOrWhiteSpace(description) ? siteDescription : description),
            urls.Absolute(sitePath),
            section,
            ogType,
            jsonLd ?? HtmlString.Empty,
            noIndex || noIndexAll);

    /// <summary>The folder-style output path of a site path: "claims/x/" → "claims/x/index.html".</summary>
    public static string OutputOf(string sitePath) => sitePath + "index.html";

    /// <summary>The longest title a page should have: search engines and tab strips cut longer ones.</summary>
    public const int MaxTitleLength = 70;

    // "Page · Site" when it fits, else the page's own title: a reader needs that part most.
    private string TitleFor(string title)
    {
        var full = $"{title} · {siteTitle}";
        return WrittenLength(full) <= MaxTitleLength ? full : Fit(title);
    }

    // Counted as written in the page, where an apostrophe becomes the five characters of &#39;.
    private static string Fit(string title)
    {
        var fitted = title;
        for (var max = MaxTitleLength; WrittenLength(fitted) > MaxTitleLength && max > 10; max -= 4)
        {
            fitted = Shorten(title, max);
        }

        return fitted;
    }

    private static int WrittenLength(string text) => HtmlText.Escape(text).Length;

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, cutting on a word.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 2);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }

    // Search engines show about 160 characters.
    private static string Trim(string text) => Shorten(text, 160);
}
