using Briefing.Diagnostics;
using Scriban.Parsing;

namespace Briefing.Site.Theme;

/// <summary>Scriban spans are zero-based; diagnostics are one-based.</summary>
internal static class TemplateLocation
{
    public static SourceLocation Of(SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
