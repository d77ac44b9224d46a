using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>Every file of the site, in memory, sorted by path; nothing is written until all of it rendered.</summary>
public sealed record RenderedSite(IReadOnlyList<SiteFile> Files, int PageCount);
