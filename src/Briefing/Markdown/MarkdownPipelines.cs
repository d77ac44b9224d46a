using Markdig;
using Markdig.Syntax;

namespace Briefing.Markdown;

/// <summary>
/// The one Markdown dialect of the format: CommonMark with pipe tables and footnotes, raw HTML shown as text.
/// Built once and shared, because a Markdig pipeline is immutable and costly to build.
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>The shared pipeline.</summary>
    public static MarkdownPipeline Content { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Parses <paramref name="markdown"/>, or returns null when it nests deeper than Markdig allows
    /// (lists in lists, quotes in quotes, hundreds of levels: never written by hand, but a fuzzer or a
    /// hostile pull request can), which Markdig reports by throwing an ArgumentException.
    /// </summary>
    public static MarkdownDocument? TryParse(string markdown)
    {
        // Markdig's time grows with the square of the nesting before its own limit stops it (seconds for
        // a few thousand levels), so depth no hand-written text reaches is refused before it is parsed.
        if (MarkdownNesting.TooDeep(markdown))
        {
            return null;
        }

        try
        {
            return Markdig.Markdown.Parse(markdown, Content);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
