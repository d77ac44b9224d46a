using Briefing.Site.Dating;
using Briefing.Site.Models;
using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>The site model every template sees: title, navigation, asset links, the "last updated" line.</summary>
internal static class SiteModels
{
    public static SiteModel For(LinkedBriefing linked, ThemeAssets assets, LastUpdated updated)
    {
        var s = linked.Data.Briefing.Content.Site;
        var u = linked.Urls;
        NavItemModel[] nav =
        [
            new("topics", u.Link("topics/"), "Topics"),
            new("chronology", u.Link("chronology/"), "Chronology"),
            new("claims", u.Link("claims/"), "Claims"),
            new("sources", u.Link("sources/"), "Sources"),
            new("figures", u.Link("figures/"), "Figures"),
            new("entities", u.Link("entities/"), "People and places"),
        ];
        NavItemModel[] freePages = [.. linked.Data.Pages.Select(p => new NavItemModel(p.Id, u.LinkTo("page", p.Id), p.Title))];
        return new SiteModel(s.Title, s.Tagline, s.Description, s.Language, u.BasePath, u.Link(""), u.Link("search/"), u.Link("feed.xml"),
            u.Link("data/briefing.json"), u.Link("data/claims.csv"), u.Link("sitemap.xml"), nav, assets.Model(u.Link),
            freePages, updated.Text, updated.Machine);
    }
}
