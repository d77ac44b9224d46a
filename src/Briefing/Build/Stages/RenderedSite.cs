using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>Every file of the site, in memory, sorted by path: what the preview serves.</summary>
public sealed record RenderedSite(IReadOnlyList<SiteFile> Files, int PageCount)
{
    /// <summary>The render key of each cached page, by path: what lets the next build keep it.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();

    /// <summary>The render key the page at <paramref name="path"/> was made from; null when it was not cached.</summary>
    public string? KeyOf(string path) => Keys.GetValueOrDefault(path);
}
