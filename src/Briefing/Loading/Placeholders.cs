using Briefing.Dates;
using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Loading;

/// <summary>
/// Stand-ins for required values that were missing or invalid. An item with a stand-in is kept, so
/// that references to it resolve and its other fields are still checked; it is marked incomplete,
/// and since its error stops the build, a stand-in never reaches a page.
/// </summary>
internal static class Placeholders
{
    public static readonly EdtfDate Date = EdtfDate.Parse("0001");

    public static MarkdownText Markdown(SourceLocation at) => new("", at, Inline: true);
}
