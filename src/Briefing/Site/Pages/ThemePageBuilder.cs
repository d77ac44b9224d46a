using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Site.Models;
using Briefing.Site.Theme.Files;

namespace Briefing.Site.Pages;

/// <summary>
/// Pages a theme adds without any C#: each <c>pages/&lt;path&gt;.sbn</c> of the theme (built-in or the
/// briefing's own) becomes the page <c>/&lt;path&gt;/</c>, rendered in the layout with the whole site model.
/// A page may not take the place of one the site writes itself.
/// </summary>
public static class ThemePageBuilder
{
    /// <summary>The theme folder that holds page templates.</summary>
    public const string Folder = "pages/";

    /// <summary>The template name of a theme page: "pages/brief.sbn" → "pages/brief".</summary>
    public static string TemplateOf(ThemeFile file) => file.Path[..^".sbn".Length];

    /// <summary>
    /// One page per page template of <paramref name="theme"/>, beside the site's own pages (whose output
    /// paths are <paramref name="taken"/>, and whose models by template are <paramref name="all"/>);
    /// clashes and bad names are reported and skipped.
    /// </summary>
    public static IReadOnlyList<PageSpec> Build(ThemeFiles theme, ISet<string> taken, IReadOnlyDictionary<string, IReadOnlyList<object>> all,
        PageMetaFactory meta, DiagnosticBag diagnostics)
    {
        var added = new List<PageSpec>();
        foreach (var file in PageTemplates(theme))
        {
            var sitePath = file.Path[Folder.Length..^".sbn".Length] + "/";
            if (sitePath.TrimEnd('/').Split('/').FirstOrDefault(s => !Ids.IsValid(s)) is { } bad)
            {
                diagnostics.Error(DiagnosticCodes.ThemePageInvalid, SourceLocation.StartOf(file.Display),
                    $"theme page '{file.Path}': '{bad}' cannot be part of an address; {Ids.Explain(bad)}");
                continue;
            }

            var output = PageMetaFactory.OutputOf(sitePath);
            if (!taken.Add(output))
            {
                diagnostics.Error(DiagnosticCodes.ThemePageInvalid, SourceLocation.StartOf(file.Display),
                    $"theme page '{file.Path}' would replace the site's own page /{sitePath}; rename the template");
                continue;
            }

            var title = TitleOf(sitePath);
            added.Add(new PageSpec(output, TemplateOf(file), new ThemePageModel(title, sitePath, all), meta.For(title, null, sitePath, sitePath.TrimEnd('/'))));
        }

        return added;
    }

    /// <summary>
    /// The page templates of <paramref name="theme"/>. An empty one is no page: that is how a briefing turns
    /// off a page of the built-in theme, by overriding it with an empty file.
    /// </summary>
    public static IEnumerable<ThemeFile> PageTemplates(ThemeFiles theme) =>
        theme.Under(Folder).Where(f => f.Path.EndsWith(".sbn", StringComparison.Ordinal) && f.ReadText().Trim().Length > 0);

    // "print/one-page-brief/" → "One page brief": the last segment, as a title.
    private static string TitleOf(string sitePath)
    {
        var words = sitePath.TrimEnd('/').Split('/')[^1].Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
