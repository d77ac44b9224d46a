using Briefing.Model;
using Briefing.Site.Charts;
using Briefing.Site.Data;
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
            Matrix(f, claims, sources))
        {
            // The same summary as the home page's, for the whole measure, so the two pages cannot disagree.
            Figures = [.. claims.Select(c => c.Figure?.Measure.Id).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(id => f.Data.Briefing.Index.Measures[id]).OrderBy(m => m.Label, StringComparer.Ordinal)
                .Select(m => HomePageBuilder.FigureSummary(f, m.Id))],
            Url = f.Urls.LinkTo("topic", topic.Id),
        };
        var path = SiteUrls.PathOf("topic", topic.Id);
        return new PageSpec(PageMetaFactory.OutputOf(path), "topic", model, meta.For(topic.Title, topic.Summary, path, "topics"));
    }

    /// <summary>The most sources the matrix has columns for: past that a row no longer reads across.</summary>
    public const int MaxMatrixSources = 40;

    /// <summary>The most marks in the matrix, which keeps a large topic's page well under 2 MB.</summary>
    public const int MaxMatrixCells = 4000;

    private static MatrixModel Matrix(ModelFactory f, List<Claim> claims, List<Source> sources)
    {
        if (sources.Count > MaxMatrixSources || (long)claims.Count * sources.Count > MaxMatrixCells)
        {
            return new MatrixModel([], [])
            {
                Omitted = $"The table of which source says what is left out: {Words.Count(claims.Count, "claim", "claims")} and " +
                    $"{Words.Count(sources.Count, "source", "sources")} would make it too large to read. Each claim's page lists the sources behind it and what each says.",
            };
        }

        var rows = claims.Select(c => new MatrixRowModel(f.Claim(c), [.. sources.Select(s => Cell(f, c, s))])).ToList();
        return new MatrixModel([.. sources.Select(f.Source)], rows);
    }

    private static MatrixCellModel Cell(ModelFactory f, Claim claim, Source source)
    {
        // Every stance the source takes is shown: an article that supports a claim in one sentence and
        // contradicts it in another must not look as if it did only one of the two.
        var marks = claim.Evidence
            .Select((e, i) => (Evidence: e, Number: i + 1))
            .Where(x => x.Evidence.Source.Id == source.Id)
            .GroupBy(x => x.Evidence.Stance)
            .OrderBy(g => g.Key)
            .Select(g => Mark(g.Key, f.Urls.LinkTo("claim", claim.Id) + "#" + SiteUrls.EvidenceAnchor(g.First().Number)))
            .Select((m, i) => i == 0 ? m : m with { Label = "and " + m.Label })
            .ToList();
        return new MatrixCellModel(marks.Count > 0 ? marks : [new MatrixMarkModel("silent", "silent", "–", null)]);
    }

    private static MatrixMarkModel Mark(Stance stance, string url) => stance switch
    {
        Stance.Supports => new MatrixMarkModel("supports", "supports", "✓", url),
        Stance.Contradicts => new MatrixMarkModel("contradicts", "contradicts", "✗", url),
        _ => new MatrixMarkModel("context", "gives context", "•", url),
    };
}
