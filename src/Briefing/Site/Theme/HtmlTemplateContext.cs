using System.Globalization;
using Briefing.Site.Html;
using Scriban;
using Scriban.Parsing;

namespace Briefing.Site.Theme;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="HtmlString"/>,
/// which only the generator creates. Escaping is the default, so a template cannot forget it.
/// </summary>
/// <remarks>
/// Scriban's own size limits (1 MiB on rendered output and on converted strings by default) cut a
/// page short without an error, so they are off: a page is as long as its content. Content files
/// have size limits of their own, which bound how large a page can grow.
/// </remarks>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = 0;
        RecursiveLimit = 64;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlString html => Write(html.Value),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject))),
    };
}
