namespace Briefing.Site.Urls;

/// <summary>
/// Every URL of the site, in one place. Internal links are root-relative and carry the base URL's
/// path, so a site served under https://host/briefing/ works as well as one at the root of its host.
/// </summary>
public sealed class SiteUrls
{
    /// <summary>Creates the URLs for a site published at <paramref name="baseUrl"/> (which ends in '/').</summary>
    public SiteUrls(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        BasePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
    }

    /// <summary>The absolute base URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The base URL's path, e.g. "/" or "/briefing/".</summary>
    public string BasePath { get; }

    /// <summary>The link to a site-relative path ("claims/x/" → "/briefing/claims/x/").</summary>
    public string Link(string sitePath) => BasePath + sitePath;

    /// <summary>The absolute URL of a site-relative path, for canonical links, feeds and the sitemap.</summary>
    public string Absolute(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;

    /// <summary>The site-relative path of the page for a kind and id ("claim", "x" → "claims/x/").</summary>
    public static string PathOf(string kind, string id) => kind switch
    {
        "claim" => $"claims/{id}/",
        "source" => $"sources/{id}/",
        "topic" => $"topics/{id}/",
        "entity" => $"entities/{id}/",
        "measure" => $"figures/{id}/",
        "event" => $"chronology/#{EventAnchor(id)}",
        "page" => $"{id}/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of page"),
    };

    /// <summary>The anchor of an event on the chronology page.</summary>
    public static string EventAnchor(string eventId) => "event-" + eventId;

    /// <summary>The anchor of a quote on its source's page.</summary>
    public static string QuoteAnchor(string claimId, int evidenceNumber) => $"q-{claimId}-{evidenceNumber}";

    /// <summary>The anchor of a piece of evidence on its claim's page.</summary>
    public static string EvidenceAnchor(int evidenceNumber) => $"evidence-{evidenceNumber}";

    /// <summary>
    /// The page of each event when the chronology is split by month (see <see cref="Urls.EventPages"/>);
    /// null while it is one page. Set once, when the briefing is linked, before any page is built.
    /// </summary>
    public IReadOnlyDictionary<string, string>? EventPages { get; set; }

    /// <summary>The site-relative path for a kind and id, following the chronology's split.</summary>
    public string PathTo(string kind, string id) =>
        kind == "event" && EventPages is { } pages && pages.TryGetValue(id, out var page) ? page + "#" + EventAnchor(id) : PathOf(kind, id);

    /// <summary>The link to a kind and id.</summary>
    public string LinkTo(string kind, string id) => Link(PathTo(kind, id));
}
