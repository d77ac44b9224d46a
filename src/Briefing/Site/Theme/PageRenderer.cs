using Briefing.Diagnostics;
using Briefing.Site.Html;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Site.Theme;

/// <summary>
/// Renders a page: its own template first, then the layout around it. Templates see only
/// view models, through Scriban's snake_case names, with strict variables so a typo fails the build.
/// </summary>
public sealed class PageRenderer(ThemeTemplates templates, int maxOutputChars = PageRenderer.DefaultMaxOutputChars)
{
    /// <summary>The template that wraps every page.</summary>
    public const string Layout = "layout";

    /// <summary>
    /// The most characters one template may write for one page: 64 Mi, over thirty times the 2 MB that
    /// the site's largest list pages are kept under, so only a runaway template reaches it.
    /// </summary>
    public const int DefaultMaxOutputChars = 64 * 1024 * 1024;

    /// <summary>Renders <paramref name="template"/> with <paramref name="globals"/>, inside the layout when <paramref name="withLayout"/>.</summary>
    public string? Render(string template, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, bool withLayout = true)
    {
        var body = RenderOne(template, globals, null, diagnostics);
        if (body is null || !withLayout)
        {
            return body;
        }

        return RenderOne(Layout, globals, new HtmlString(body), diagnostics);
    }

    private string? RenderOne(string name, IReadOnlyDictionary<string, object?> globals, HtmlString? content, DiagnosticBag diagnostics)
    {
        var template = templates.Find(name);
        if (template is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.StartOf("theme/" + ThemeTemplates.FileNameOf(name)),
                $"the theme has no '{name}' template; every kind of page needs one");
            return null;
        }

        var context = new HtmlTemplateContext(maxOutputChars);
        context.BuiltinObject.SetValue("include", new ThemeIncludeFunction(templates), true);
        var scope = new ScriptObject();
        foreach (var (key, value) in globals)
        {
            scope.SetValue(key, value, true);
        }

        scope.SetValue("content", content ?? HtmlString.Empty, true);
        context.PushGlobal(scope);
        try
        {
            var html = template.Render(context);

            // Literal text is written past the context's check; a page made of it is measured whole.
            if (html.Length > maxOutputChars)
            {
                throw new ScriptRuntimeException(template.Page?.Span ?? default, HtmlTemplateContext.OverLimit(maxOutputChars));
            }

            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, TemplateLocation.Of(ex.Span), $"template: {ex.OriginalMessage}");
            return null;
        }
    }
}
