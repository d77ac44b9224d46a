using Briefing.Diagnostics;
using Briefing.Safety;
using Scriban;
using Scriban.Parsing;

namespace Briefing.Site.Theme;

/// <summary>
/// The theme's Scriban templates, read and parsed once when the program runs (so a template edit
/// needs no recompilation). A template with a syntax error is reported with its file and line.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly Dictionary<string, Template> _templates;

    private ThemeTemplates(string themeRoot, Dictionary<string, Template> templates)
    {
        ThemeRoot = themeRoot;
        _templates = templates;
    }

    /// <summary>The theme folder.</summary>
    public string ThemeRoot { get; }

    /// <summary>The file of a template name, relative to the theme: "claim" → "templates/claim.sbn".</summary>
    public static string FileNameOf(string name) => $"templates/{name}.sbn";

    /// <summary>Reads every <c>templates/**/*.sbn</c> of <paramref name="theme"/> that resolves inside its container.</summary>
    public static ThemeTemplates Load(ThemeFolder theme, string displayRoot, DiagnosticBag diagnostics)
    {
        var themeRoot = theme.Root;
        var folder = Path.Combine(themeRoot, "templates");
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.StartOf(displayRoot),
                $"the theme has no templates folder ({displayRoot}/templates); pass --theme or restore the theme");
            return new ThemeTemplates(themeRoot, templates);
        }

        foreach (var file in theme.Files("templates", diagnostics).Where(f => f.Path.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var name = Path.GetRelativePath(folder, file.Path).Replace('\\', '/')[..^4];
            var display = $"{displayRoot}/templates/{name}.sbn";
            var template = Template.Parse(File.ReadAllText(file.RealPath), display);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, TemplateLocation.Of(message.Span), $"template: {message.Message}");
            }

            if (!template.HasErrors)
            {
                templates[name] = template;
            }
        }

        return new ThemeTemplates(themeRoot, templates);
    }

    /// <summary>The parsed template called <paramref name="name"/>, if the theme has it.</summary>
    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    /// <summary>True when the theme has a template called <paramref name="name"/>.</summary>
    public bool Has(string name) => _templates.ContainsKey(name);
}
