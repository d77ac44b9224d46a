using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>Every file of the site, in memory, sorted by path: what the preview serves.</summary>
public sealed record RenderedSite(IReadOnlyList<SiteFile> Files, int PageCount);
