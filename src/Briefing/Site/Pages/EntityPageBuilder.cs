using Briefing.Model;
using Briefing.Site.Data;
using Briefing.Site.Models;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>The entities index by kind, and a page per entity: claims about it, claims it asserts, events at it.</summary>
internal static class EntityPageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        var groups = f.Data.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key)
            .Select(g => new EntityGroupModel(Words.KindPlural(g.Key), [.. g.Select(e => new EntityRowModel(f.Urls.LinkTo("entity", e.Id), e.Name, ClaimCount(f, e)))]))
            .ToList();
        yield return new PageSpec(PageMetaFactory.OutputOf("entities/"), "entities", new EntitiesIndexModel(groups),
            meta.For("People and places", "The people, bodies, units, places and countries the claims are about, and who asserts them.", "entities/", "entities"));
        foreach (var entity in f.Data.Entities)
        {
            yield return Page(f, meta, entity);
        }
    }

    private static int ClaimCount(ModelFactory f, Entity e) =>
        f.Data.ClaimsAbout[e.Id].Concat(f.Data.ClaimsAssertedBy[e.Id]).Select(c => c.Id).Distinct(StringComparer.Ordinal).Count();

    private static PageSpec Page(ModelFactory f, PageMetaFactory meta, Entity entity)
    {
        var model = new EntityModel(
            entity.Name,
            Words.Kind(entity.Kind),
            entity.Aliases,
            f.Markdown.Render(entity.Description),
            entity.Wikidata is { } q ? $"https://www.wikidata.org/wiki/{q}" : null,
            [.. f.Data.ClaimsAbout[entity.Id].Select(f.Claim)],
            [.. f.Data.ClaimsAssertedBy[entity.Id].Select(f.Claim)],
            [.. f.Data.EventsByPlace[entity.Id].Select(f.Event)]);
        var path = SiteUrls.PathOf("entity", entity.Id);
        var description = $"{entity.Name} ({Words.Kind(entity.Kind)}): {Words.Count(model.About.Count, "claim", "claims")} about it, {Words.Count(model.Asserted.Count, "claim", "claims")} it asserts.";
        return new PageSpec(PageMetaFactory.OutputOf(path), "entity", model, meta.For(entity.Name, description, path, "entities", "profile"));
    }
}
