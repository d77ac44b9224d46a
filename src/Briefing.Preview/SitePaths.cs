namespace Briefing.Preview;

/// <summary>
/// How a URL path names a file of the in-memory site, as a static host maps pretty URLs
/// (<c>/claims/x/</c> → <c>claims/x/index.html</c>). The page handler and the tabs' event streams
/// share it, so a tab's page is the very file it was served.
/// </summary>
public static class SitePaths
{
    /// <summary>The path without its leading slash, escapes decoded: <c>/claims/x/</c> → <c>claims/x/</c>.</summary>
    public static string Relative(string? urlPath) => Uri.UnescapeDataString(urlPath ?? "/").TrimStart('/');

    /// <summary>The file a relative path is served from: a folder's index.html, else the path itself.</summary>
    public static string FileOf(string relative) =>
        relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;

    /// <summary>
    /// The file a tab shows, from the <c>location.pathname</c> its script reports; null when that is
    /// missing or not a path. The result is only ever looked up among the site's files, never opened.
    /// </summary>
    public static string? PageOf(string? pathname) =>
        pathname is { Length: > 0 and <= RequestPathGuard.MaxPathLength } && pathname[0] == '/' ? FileOf(Relative(pathname)) : null;
}
