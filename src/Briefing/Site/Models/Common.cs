using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>A link: where to, and what it says.</summary>
public sealed record LinkModel(string Url, string Text);

/// <summary>A grade with the words that explain it ("B", "usually reliable").</summary>
public sealed record GradeModel(string Code, string Label);

/// <summary>An item of the main navigation; <paramref name="Key"/> matches <see cref="PageMeta.Section"/>.</summary>
public sealed record NavItemModel(string Key, string Url, string Text);

/// <summary>Content-hashed asset URLs ("" when the theme lacks the asset).</summary>
public sealed record AssetsModel(string Css, string SearchJs, string ClaimsFilterJs, string Icon);

/// <summary>What every page knows about the site.</summary>
/// <remarks>
/// <see cref="Nav"/> holds the site's own sections, short enough for two rows on a phone; the free
/// pages (<see cref="FreePages"/>) are linked from the footer. <see cref="UpdatedText"/> is empty when
/// nothing in the briefing is dated.
/// </remarks>
public sealed record SiteModel(
    string Title,
    string? Tagline,
    string? Description,
    string Language,
    string BasePath,
    string HomeUrl,
    string SearchUrl,
    string FeedUrl,
    string DataJsonUrl,
    string DataCsvUrl,
    string SitemapUrl,
    IReadOnlyList<NavItemModel> Nav,
    AssetsModel Assets,
    IReadOnlyList<NavItemModel> FreePages,
    string UpdatedText,
    string UpdatedMachine);

/// <summary>The head of a page: title, description, canonical link, Open Graph type, structured data.</summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string Section,
    string OgType,
    HtmlString JsonLd,
    bool NoIndex);
