using Briefing.Figures;
using Briefing.Model;
using Briefing.Site.Charts;
using Briefing.Site.Data;
using Briefing.Site.Html;
using Briefing.Site.Models;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>A page per measure: every figure reported, by source and date, as a table and a chart.</summary>
internal static class FigurePageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta) =>
        f.Data.Measures.Select(m => Page(f, meta, m));

    private static PageSpec Page(ModelFactory f, PageMetaFactory meta, Measure measure)
    {
        var index = f.Data.Briefing.Index;
        var summary = MeasureSummary.For(f.Data, measure.Id);
        var rows = summary.Claims.Select((c, i) =>
        {
            var date = summary.Figures[i].AsOf;
            var sources = c.Evidence.Where(e => e.Stance == Stance.Supports).Select(e => e.Source.Id).Distinct(StringComparer.Ordinal)
                .Select(id => index.Sources[id]).Select(s => new LinkModel(f.Urls.LinkTo("source", s.Id), ModelFactory.ShortName(s)));
            return new FigureRowModel(FigureText.Value(c.Figure!), c.Figure!.IsHedged, date.Describe(), date.MachineReadable, [.. sources], f.Claim(c),
                summary.Agreement.InConflict(i));
        }).ToList();
        var points = summary.Claims.Select((c, i) => new FigurePoint(c.Figure!.Value, c.Figure.High, c.Figure.Qualifier, summary.Figures[i].AsOf,
            SourceLabel(f, c), f.Urls.LinkTo("claim", c.Id))).ToList();
        var sentence = summary.Sentence(measure.Unit);
        var model = new FigurePageModel(
            measure.Label,
            measure.Unit,
            f.Markdown.Render(measure.Description),
            new HtmlString(FigureChartSvg.Render($"figure-{measure.Id}", measure.Label, measure.Unit, points, summary.Disagree, sentence)),
            rows,
            new SpreadModel(summary.Disagree, VerdictKey(summary.Agreement.Kind), sentence));
        var path = SiteUrls.PathOf("measure", measure.Id);
        return new PageSpec(PageMetaFactory.OutputOf(path), "figure", model,
            meta.For(measure.Label, $"Every figure reported for {measure.Label.ToLowerInvariant()}, by source and date.", path, "figures"));
    }

    private static string VerdictKey(AgreementKind kind) => kind switch
    {
        AgreementKind.Disagree => "disagree",
        AgreementKind.Agree => "agree",
        AgreementKind.Series => "series",
        AgreementKind.OneReport => "one-report",
        _ => "none",
    };

    private static string SourceLabel(ModelFactory f, Claim c)
    {
        var source = f.Data.Briefing.Index.Sources[c.Evidence[0].Source.Id];
        return source.Publisher ?? source.Title;
    }
}
