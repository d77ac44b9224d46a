using Briefing.Site.Data;
using Briefing.Site.Pages;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Build.Stages;

/// <summary>A checked briefing with its URLs fixed and its relations computed: everything pages are built from.</summary>
public sealed record LinkedBriefing(SiteData Data, SiteUrls Urls, MarkdownRenderer Markdown, ModelFactory Models);
