using System.Globalization;
using Briefing.Site.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Site.Theme;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="HtmlString"/>,
/// which only the generator creates. Escaping is the default, so a template cannot forget it.
/// </summary>
/// <remarks>
/// Scriban's own size limits (on converted strings and on rendered output, 1 MiB each by default)
/// cut a page short without an error, so they are turned off. In their place one limit of our own,
/// far above any page a briefing makes, stops a runaway template with an error at its file and line.
/// </remarks>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly int _maxOutputChars;

    public HtmlTemplateContext(int maxOutputChars)
    {
        _maxOutputChars = maxOutputChars;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = 0;
        RecursiveLimit = 64;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var text = textAsObject switch
        {
            null => null,
            HtmlString html => html.Value,
            _ => HtmlText.Escape(ObjectToString(textAsObject)),
        };
        if (text is null)
        {
            return this;
        }

        if (Output is StringBuilderOutput written && written.Builder.Length + (long)text.Length > _maxOutputChars)
        {
            throw new ScriptRuntimeException(span, OverLimit(_maxOutputChars));
        }

        return Write(text);
    }

    /// <summary>The error for a page whose output passed the limit.</summary>
    public static string OverLimit(int maxOutputChars) => string.Create(CultureInfo.InvariantCulture,
        $"the page passed {maxOutputChars:N0} characters of output, the limit that stops a runaway template; ") +
        "split the list this template writes over several pages, or check its loops for a mistake";
}
