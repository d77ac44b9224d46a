using Markdig;

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
}
