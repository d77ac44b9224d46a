using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Safety;

namespace Briefing.Checking;

/// <summary>
/// The placeholders <c>briefing init</c> leaves in site.yml when no title or address was given: a title
/// starting "TODO", and a base URL under <c>.invalid</c>, a name reserved so that it can never be a real
/// host. Both build, so a new briefing previews at once; <c>--strict</c> (as CI runs) refuses to publish them.
/// </summary>
internal static class SitePlaceholderChecker
{
    /// <summary>The top-level domain of the placeholder address.</summary>
    public const string InvalidDomain = ".invalid";

    public static void Check(string root, SiteInfo site, DiagnosticBag diagnostics)
    {
        if (site.Title.StartsWith("TODO", StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.SitePlaceholder, LineOf(root, site, "title"),
                "the site's title is still a placeholder; write the briefing's title");
        }

        if (site.BaseUrl.Host.EndsWith(InvalidDomain, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(DiagnosticCodes.SitePlaceholder, LineOf(root, site, "base_url"),
                $"base_url '{site.BaseUrl}' is a placeholder; write the address the site will be published at, e.g. https://briefing.example.org/");
        }
    }

    // SiteInfo keeps the file's location only: find the key's line, so the editor lands on it.
    private static SourceLocation LineOf(string root, SiteInfo site, string key)
    {
        if (PathContainment.Resolve(root, Path.Combine(root, site.Location.File), out _) is { } path && File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
                {
                    return new SourceLocation(site.Location.File, i + 1, key.Length + 3);
                }
            }
        }

        return site.Location;
    }
}
