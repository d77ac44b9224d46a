using System.Security.Cryptography;
using Briefing.Site.Models;
using Briefing.Site.Theme.Files;

namespace Briefing.Site.Output;

/// <summary>
/// Copies the theme's static assets under names that carry a hash of their content
/// (<c>site.css</c> → <c>assets/site.3f2a1b9c.css</c>), so they can be cached for ever.
/// </summary>
public sealed class ThemeAssets
{
    private readonly Dictionary<string, string> _paths;

    private ThemeAssets(IReadOnlyList<SiteFile> files, Dictionary<string, string> paths)
    {
        Files = files;
        _paths = paths;
    }

    /// <summary>The hashed files to write.</summary>
    public IReadOnlyList<SiteFile> Files { get; }

    /// <summary>Reads every file under <c>assets/</c> of the theme (the briefing's own file where it has one, else the built-in one).</summary>
    public static ThemeAssets Load(ThemeFiles theme)
    {
        var files = new List<SiteFile>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in theme.Under("assets/"))
        {
            var name = file.Path["assets/".Length..];
            var bytes = file.Read();
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var ext = Path.GetExtension(name);
            var hashed = $"assets/{name[..^ext.Length]}.{hash}{ext}";
            paths[name] = hashed;
            files.Add(new SiteFile(hashed, bytes));
        }

        return new ThemeAssets(files, paths);
    }

    /// <summary>The site path of an asset by its name in the theme, or null when the theme lacks it.</summary>
    public string? PathOf(string name) => _paths.GetValueOrDefault(name);

    /// <summary>The URLs templates use for the assets the site needs.</summary>
    public AssetsModel Model(Func<string, string> link) => new(
        Link("site.css", link),
        Link("search.js", link),
        Link("claims-filter.js", link),
        Link("favicon.svg", link));

    private string Link(string name, Func<string, string> link) => PathOf(name) is { } p ? link(p) : "";
}
