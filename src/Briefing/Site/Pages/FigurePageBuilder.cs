using Briefing.Model;
using Briefing.Site.Charts;
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
        var claims = f.Data.FiguresByMeasure[measure.Id]
            .OrderBy(f.Data.FigureDate).ThenBy(c => c.Figure!.Value).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var rows = claims.Select(c =>
        {
            var date = f.Data.FigureDate(c);
            var sources = c.Evidence.Where(e => e.Stance == Stance.Supports).Select(e => e.Source.Id).Distinct(StringComparer.Ordinal)
                .Select(id => index.Sources[id]).Select(s => new LinkModel(f.Urls.LinkTo("source", s.Id), ModelFactory.ShortName(s)));
            return new FigureRowModel(FigureChartSvg.FormatValue(c.Figure!.Value), c.Figure.IsHedged, date.Describe(), date.MachineReadable, [.. sources], f.Claim(c));
        }).ToList();
        var points = claims.Select(c => new FigurePoint(c.Figure!.Value, c.Figure.IsHedged, f.Data.FigureDate(c),
            SourceLabel(f, c), f.Urls.LinkTo("claim", c.Id))).ToList();
        var spread = FigureChartSvg.Spread([.. claims.Select(c => c.Figure!.Value)]);
        var model = new FigurePageModel(
            measure.Label,
            measure.Unit,
            f.Markdown.Render(measure.Description),
            new HtmlString(FigureChartSvg.Render($"figure-{measure.Id}", measure.Label, measure.Unit, points)),
            rows,
            new SpreadModel(spread.Disagree, SpreadText(spread, measure.Unit)));
        var path = SiteUrls.PathOf("measure", measure.Id);
        return new PageSpec(PageMetaFactory.OutputOf(path), "figure", model,
            meta.For(measure.Label, $"Every figure reported for {measure.Label.ToLowerInvariant()}, by source and date.", path, "figures"));
    }

    private static string SourceLabel(ModelFactory f, Claim c)
    {
        var source = f.Data.Briefing.Index.Sources[c.Evidence[0].Source.Id];
        return source.Publisher ?? source.Title;
    }

    private static string SpreadText(FigureSpread spread, string unit) => spread switch
    {
        { DistinctValues: 0 } => "No figures are reported.",
        { DistinctValues: 1 } => "Every report gives the same figure.",
        { Disagree: false } => $"The reports differ only slightly: {FigureChartSvg.FormatValue(spread.Min)}–{FigureChartSvg.FormatValue(spread.Max)} {unit}.",
        _ => $"Sources disagree: figures range from {FigureChartSvg.FormatValue(spread.Min)} to {FigureChartSvg.FormatValue(spread.Max)} {unit}.",
    };
}
