using Briefing.Model;
using Briefing.Site.Charts;
using Briefing.Site.Models;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>A page per topic: the briefing, its claims by credibility, its events, its sources and the claim × source matrix.</summary>
internal static class TopicPageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta) =>
        f.Data.Topics.Select(t => Page(f, meta, t));

    private static PageSpec Page(ModelFactory f, PageMetaFactory meta, Topic topic)
    {
        var claims = f.Data.ClaimsByTopic[topic.Id].ToList();
        var groups = claims.GroupBy(c => c.Credibility).OrderBy(g => g.Key)
            .Select(g => new CredibilityGroupModel(ModelFactory.Grade(g.Key), [.. g.Select(f.Claim)]))
            .ToList();
        var events = f.Data.EventsByTopic[topic.Id].ToList();
        var timeline = TimelineSvg.OneLane($"topic-{topic.Id}",
            [.. events.Select(e => new TimelineItem(MarkdownRenderer.PlainText(e.Title), e.Date, f.Urls.LinkTo("event", e.Id)))],
            "When it happened");
        var sources = claims.SelectMany(c => c.Evidence).Select(e => e.Source.Id).Distinct(StringComparer.Ordinal)
            .Select(id => f.Data.Briefing.Index.Sources[id])
            .OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var model = new TopicModel(
            topic.Title,
            topic.Summary,
            f.Markdown.Render(topic.Body),
            groups,
            new Html.HtmlString(timeline),
            [.. events.Select(f.Event)],
            [.. sources.Select(f.Source)],
            Matrix(f, claims, sources));
        var path = SiteUrls.PathOf("topic", topic.Id);
        return new PageSpec(PageMetaFactory.OutputOf(path), "topic", model, meta.For(topic.Title, topic.Summary, path, "topics"));
    }

    private static MatrixModel Matrix(ModelFactory f, IReadOnlyList<Claim> claims, IReadOnlyList<Source> sources)
    {
        var rows = claims.Select(c => new MatrixRowModel(f.Claim(c), [.. sources.Select(s => Cell(f, c, s))])).ToList();
        return new MatrixModel([.. sources.Select(f.Source)], rows);
    }

    private static MatrixCellModel Cell(ModelFactory f, Claim claim, Source source)
    {
        // Where a source bears on a claim in more than one way, contradiction is the one a reader must see.
        var evidence = claim.Evidence
            .Select((e, i) => (Evidence: e, Number: i + 1))
            .Where(x => x.Evidence.Source.Id == source.Id)
            .OrderBy(x => x.Evidence.Stance switch { Stance.Contradicts => 0, Stance.Supports => 1, _ => 2 })
            .FirstOrDefault();
        if (evidence.Evidence is null)
        {
            return new MatrixCellModel("silent", "silent", "–", null);
        }

        var url = f.Urls.LinkTo("claim", claim.Id) + "#" + SiteUrls.EvidenceAnchor(evidence.Number);
        return evidence.Evidence.Stance switch
        {
            Stance.Supports => new MatrixCellModel("supports", "supports", "✓", url),
            Stance.Contradicts => new MatrixCellModel("contradicts", "contradicts", "✗", url),
            _ => new MatrixCellModel("context", "gives context", "•", url),
        };
    }
}
