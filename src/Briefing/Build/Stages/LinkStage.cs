using Briefing.Checking;
using Briefing.History;
using Briefing.Site.Data;
using Briefing.Site.Pages;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Build.Stages;

/// <summary>
/// Link: fixes the site's URLs (from site.yml, or --base-url for deploy previews) so that every
/// cross-reference resolves to its page under the base path, and computes the relations pages need.
/// </summary>
public static class LinkStage
{
    /// <summary>Links <paramref name="briefing"/>, with its <paramref name="history"/> when it was read.</summary>
    public static LinkedBriefing Run(CheckedBriefing briefing, Uri? baseUrlOverride, BriefingHistory? history = null)
    {
        var baseUrl = baseUrlOverride ?? briefing.Content.Site.BaseUrl;
        var urls = new SiteUrls(baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"))
        {
            EventPages = EventPages.For(briefing.Content.Events),
        };
        var markdown = new MarkdownRenderer(urls, (kind, id) => CrossReferenceNames.Of(briefing.Index, kind, id));
        var data = new SiteData(briefing) { History = history ?? BriefingHistory.Unavailable(HistoryStatus.TurnedOff) };
        return new LinkedBriefing(data, urls, markdown, new ModelFactory(data, urls, markdown));
    }
}
