using Briefing.Site.Html;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Site.Theme;

/// <summary>
/// Replaces Scriban's <c>include</c>: renders a theme partial already parsed at start-up and returns
/// its output as <see cref="HtmlString"/>, so the escaping context does not escape the partial's markup again.
/// </summary>
internal sealed class ThemeIncludeFunction(ThemeTemplates templates) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlString);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? "" : "";
        var span = callerContext?.Span ?? default;
        var template = templates.Find(name)
            ?? throw new ScriptRuntimeException(span, $"there is no template '{name}' in the theme (looked for {ThemeTemplates.FileNameOf(name)})");
        context.PushOutput();
        try
        {
            context.EnterRecursive(callerContext!);
            var html = template.Render(context);
            context.ExitRecursive(callerContext!);
            return new HtmlString(html);
        }
        finally
        {
            context.PopOutput();
        }
    }

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
