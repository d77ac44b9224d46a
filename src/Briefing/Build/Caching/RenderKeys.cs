using Briefing.Site.Models;
using Briefing.Site.Pages;
using Briefing.Site.Theme;

namespace Briefing.Build.Caching;

/// <summary>
/// The render key of a page: a hash of every input its HTML is made from (the program, the
/// templates it uses and the partials they include, the site model, the page's head and its view
/// model, and where it goes). A page whose key a previous build recorded is that build's page, byte
/// for byte, so it is kept instead of rendered. Theme pages, whose models reach every page's model
/// lazily, have no key and are always rendered.
/// </summary>
internal sealed class RenderKeys
{
    /// <summary>Bumped when what a key covers changes, so that keys of an older scheme never match.</summary>
    private const string Scheme = "render-key v1";

    private readonly ThemeTemplates _templates;
    private readonly string _base;

    public RenderKeys(ThemeTemplates templates, SiteModel site)
    {
        _templates = templates;
        using var hasher = new ModelHasher();
        hasher.Add(Scheme);
        hasher.Add(ProgramIdentity);
        hasher.Add(_templates.DependencyHash(PageRenderer.Layout));
        hasher.Add(site);
        _base = hasher.Finish();
    }

    /// <summary>
    /// The program that renders: its code (the module version id changes with every change to the
    /// compiled code, and with nothing else in a deterministic build) and the template engine's version.
    /// </summary>
    public static string ProgramIdentity { get; } = string.Join(" ",
        typeof(RenderKeys).Assembly.ManifestModule.ModuleVersionId,
        typeof(Scriban.Template).Assembly.GetName().Version);

    /// <summary>The key of <paramref name="page"/>; null when it has none (a theme page, or a model that cannot be hashed).</summary>
    public string? Of(PageSpec page)
    {
        if (page.Model is ThemePageModel)
        {
            return null;
        }

        using var hasher = new ModelHasher();
        hasher.Add(_base);
        hasher.Add(page.OutputPath);
        hasher.Add(page.Template);
        hasher.Add(_templates.DependencyHash(page.Template));
        return hasher.Add(page.Meta) && hasher.Add(page.Model) ? hasher.Finish() : null;
    }
}
