namespace Briefing.BrowserTests.Support;

/// <summary>
/// One page of every kind the site writes, each named for its kind. The names are fixed (test case names
/// come from them); which claim, source, topic… stands for its kind is read from the built site, so the
/// tests follow the content.
/// </summary>
internal static class PageKinds
{
    public const string NotFound = "not-found";
    public const string Search = "search";
    public const string SearchResults = "search-results";

    /// <summary>Every kind, in the order a reader meets them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "home", "topics", "topic", "chronology", "sources", "source", "claims", "claim",
        "entities", "entity", "figures", "figure", "page", Search, SearchResults, NotFound,
    ];

    /// <summary>For [MemberData]: one row per kind.</summary>
    public static TheoryData<string> Names => [.. All];

    /// <summary>The path of the kind's page relative to the site's base, e.g. "claims/some-claim/".</summary>
    public static string PathOf(string kind, ServedSite site) => kind switch
    {
        "home" => "",
        "topics" or "chronology" or "sources" or "claims" or "entities" or "figures" => kind + "/",
        "topic" => FirstPageUnder(site, "topics"),
        "source" => FirstPageUnder(site, "sources", html => html.Contains("<mark", StringComparison.Ordinal)),
        "claim" => FirstPageUnder(site, "claims", html => html.Contains("class=\"evidence-list\"", StringComparison.Ordinal)),
        "entity" => FirstPageUnder(site, "entities"),
        "figure" => FirstPageUnder(site, "figures"),
        "page" => "about/",
        Search => "search/",
        SearchResults => "search/?q=" + Uri.EscapeDataString(SearchResultsQuery(site)),
        NotFound => "no-such-page/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown page kind"),
    };

    /// <summary>The page of a kind as an absolute URL on the site's server.</summary>
    public static string UrlOf(string kind, ServedSite site) => site.Url(PathOf(kind, site));

    /// <summary>A query with results: the rarest word of the first claim.</summary>
    public static string SearchResultsQuery(ServedSite site)
    {
        var words = new SearchIndexWords(site.Output);
        return words.RarestWordOf(words.First("claim").Title);
    }

    /// <summary>The first page (sorted by folder name) in a section that meets a condition.</summary>
    private static string FirstPageUnder(ServedSite site, string section, Func<string, bool>? condition = null)
    {
        var folder = Directory.EnumerateDirectories(Path.Combine(site.Output, section))
            .Order(StringComparer.Ordinal)
            .First(dir => condition is null || condition(File.ReadAllText(Path.Combine(dir, "index.html"))));
        return $"{section}/{Path.GetFileName(folder)}/";
    }
}
