namespace Briefing.Preview;

/// <summary>
/// One successful build, as the open tabs see it: which files changed, and so which tabs must
/// reload. A tab reloads when its own page changed, appeared or disappeared, or when a theme asset
/// changed (every page uses them); a tab whose page is unknown, or not in the site, reloads on any
/// change, so that no tab is left showing something stale.
/// </summary>
public sealed class SiteChange(IReadOnlySet<string> changed, Func<string, bool> inSite)
{
    // Where the theme's CSS, scripts and icons are written (Site/Output/ThemeAssets).
    private const string AssetFolder = "assets/";

    private readonly bool _assetsChanged = changed.Any(p => p.StartsWith(AssetFolder, StringComparison.Ordinal));

    /// <summary>The site paths whose bytes changed, or that appeared or disappeared.</summary>
    public IReadOnlySet<string> Paths { get; } = changed;

    /// <summary>How many HTML pages changed, appeared or disappeared: what the terminal reports.</summary>
    public int PageCount => Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>Whether a tab showing <paramref name="page"/> (a site path; null when unknown) must reload.</summary>
    public bool Reloads(string? page) =>
        Paths.Count > 0 && (page is null || _assetsChanged || Paths.Contains(page) || !inSite(page));
}
