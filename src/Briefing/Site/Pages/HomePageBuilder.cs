using Briefing.Site.Data;
using Briefing.Site.Models;

namespace Briefing.Site.Pages;

/// <summary>The home page, the topics index and the figures index.</summary>
internal static class HomePageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        var data = f.Data;
        var site = data.Briefing.Content.Site;
        var topics = data.Topics.Select(t => TopicCard(f, t.Id)).ToList();
        var figures = data.Measures.Select(m => FigureSummary(f, m.Id)).ToList();
        var coverage = new CoverageModel(
            data.Sources.Count,
            data.Claims.Count,
            data.Claims.Count(c => c.Evidence.Select(e => e.Source.Id).Distinct(StringComparer.Ordinal).Count() > 1),
            data.Events.Count,
            data.Entities.Count,
            data.Topics.Count,
            ModelFactory.Period(data.Events.Select(e => e.Date).Concat(data.Sources.Select(s => s.Published))));
        var latest = data.Events.Reverse().Take(5).Select(f.Event).ToList();

        yield return new PageSpec("index.html", "home",
            new HomeModel(f.Markdown.Render(site.KeyJudgments), topics, latest, figures, coverage),
            meta.For(site.Title, site.Description, "", "home", "website"));
        yield return new PageSpec(PageMetaFactory.OutputOf("topics/"), "topics", new TopicsIndexModel(topics),
            meta.For("Topics", "Every topic of the briefing, with its claims and events.", "topics/", "topics"));
        yield return new PageSpec(PageMetaFactory.OutputOf("figures/"), "figures", new FiguresIndexModel(figures),
            meta.For("Figures", "The numbers sources give, and where they disagree.", "figures/", "figures"));
    }

    public static TopicCardModel TopicCard(ModelFactory f, string id)
    {
        var topic = f.Data.Briefing.Index.Topics[id];
        return new TopicCardModel(id, f.Urls.LinkTo("topic", id), topic.Title, topic.Summary,
            f.Data.ClaimsByTopic[id].Count(), f.Data.EventsByTopic[id].Count());
    }

    /// <summary>A measure at a glance, in the words of the one agreement rule (<see cref="MeasureSummary"/>).</summary>
    public static FigureSummaryModel FigureSummary(ModelFactory f, string measureId)
    {
        var measure = f.Data.Briefing.Index.Measures[measureId];
        var summary = MeasureSummary.For(f.Data, measureId);
        return new FigureSummaryModel(f.Urls.LinkTo("measure", measureId), measure.Label, measure.Unit, summary.FiguresText(), summary.Figures.Count,
            summary.Disagree, summary.Verdict);
    }
}
