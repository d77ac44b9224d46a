using Briefing.Diagnostics;
using Scriban;
using Briefing.Site.Pages;
using Briefing.Site.Theme.Files;
using Scriban.Parsing;

namespace Briefing.Site.Theme;

/// <summary>
/// The theme's Scriban templates, read and parsed once when the program runs (so a template edit
/// needs no recompilation). A template with a syntax error is reported with the file it came from:
/// the briefing's own theme folder or the built-in theme.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, Template> _templates;
    private readonly TemplateDependencies _dependencies;

    private ThemeTemplates(Dictionary<string, Template> templates, Dictionary<string, string> sources)
    {
        _templates = templates;
        _dependencies = new TemplateDependencies(sources);
    }

    /// <summary>The file of a template name, relative to the theme: "claim" → "templates/claim.sbn".</summary>
    public static string FileNameOf(string name) => $"templates/{name}.sbn";

    /// <summary>Parses every <c>templates/**/*.sbn</c> of <paramref name="theme"/>, naming each by the file actually used.</summary>
    public static ThemeTemplates Load(ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        void Take(string name, ThemeFile file)
        {
            var text = file.ReadText();
            sources[name] = text;
            if (Parse(file, text, diagnostics) is { } template)
            {
                templates[name] = template;
            }
        }

        foreach (var file in theme.Under("templates/").Where(f => f.Path.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            Take(file.Path["templates/".Length..^4], file);
        }

        // Page templates are named by their path in the theme ("pages/brief"), apart from the templates' names.
        foreach (var file in ThemePageBuilder.PageTemplates(theme))
        {
            Take(ThemePageBuilder.TemplateOf(file), file);
        }

        return new ThemeTemplates(templates, sources);
    }

    /// <summary>Parses one template file; null (reported, with the file and line) when it has syntax errors.</summary>
    public static Template? Parse(ThemeFile file, DiagnosticBag diagnostics) => Parse(file, file.ReadText(), diagnostics);

    /// <summary>
    /// A hash of the text of <paramref name="name"/> and of every template it includes, directly or not:
    /// a page made with these templates changes only when this does.
    /// </summary>
    public string DependencyHash(string name) => _dependencies.HashOf(name);

    private static Template? Parse(ThemeFile file, string text, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, file.Display);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, TemplateLocation.Of(message.Span), $"template: {message.Message}");
        }

        return template.HasErrors ? null : template;
    }

    /// <summary>The parsed template called <paramref name="name"/>, if the theme has it.</summary>
    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    /// <summary>True when the theme has a template called <paramref name="name"/>.</summary>
    public bool Has(string name) => _templates.ContainsKey(name);
}
