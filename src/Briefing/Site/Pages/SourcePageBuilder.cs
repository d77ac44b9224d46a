using Briefing.Model;
using Briefing.Site.Articles;
using Briefing.Site.Data;
using Briefing.Site.Html;
using Briefing.Site.Models;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>The sources index, and a page per source with its article and every anchored quote highlighted.</summary>
internal static class SourcePageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        foreach (var (number, items, pager) in Paging.Split(f.Data.Sources, SourcesPerPage, "sources/", f.Urls.Link, "sources"))
        {
            var path = Paging.PathOf("sources/", number);
            yield return new PageSpec(PageMetaFactory.OutputOf(path), "sources", new SourcesIndexModel([.. items.Select(f.Source)], f.Data.Sources.Count, pager),
                meta.For(number == 1 ? "Sources" : $"Sources, page {number}", "Every article the briefing rests on, with its grade and the claims it bears on.", path, "sources"));
        }

        foreach (var source in f.Data.Sources)
        {
            yield return Page(f, meta, source);
        }
    }

    /// <summary>Sources on one page of the index: about 500 KB of HTML.</summary>
    public const int SourcesPerPage = 1000;

    private static PageSpec Page(ModelFactory f, PageMetaFactory meta, Source source)
    {
        var article = f.Data.Briefing.Anchors.Articles[source.Id];
        var highlights = Highlights(f, source).ToList();
        var claims = f.Data.ClaimsBySource[source.Id].ToList();
        var groups = Enum.GetValues<Stance>()
            .Select(stance => (stance, claims: claims.Where(c => c.Evidence.Any(e => e.Source.Id == source.Id && e.Stance == stance)).ToList()))
            .Where(g => g.claims.Count > 0)
            .Select(g => new StanceGroupModel(Words.Stance(g.stance).Key, StanceHeading(g.stance), [.. g.claims.Select(f.Claim)]))
            .ToList();
        var model = new SourceModel(
            f.Source(source),
            source.Author,
            source.Kind is { } k ? Words.Kind(k) : null,
            source.Url?.AbsoluteUri,
            source.TextPath,
            f.Markdown.Render(source.Notes),
            new HtmlString(ArticleHtml.RenderHeadline(article, highlights)),
            new HtmlString(ArticleHtml.RenderBody(article, highlights)),
            highlights.Count,
            groups);
        var path = SiteUrls.PathOf("source", source.Id);
        var description = $"{source.Title}: the article and the {Words.Count(claims.Count, "claim", "claims")} it bears on.";
        return new PageSpec(PageMetaFactory.OutputOf(path), "source", model, meta.For(source.Title, description, path, "sources"));
    }

    private static IEnumerable<QuoteHighlight> Highlights(ModelFactory f, Source source)
    {
        foreach (var claim in f.Data.ClaimsBySource[source.Id])
        {
            for (var i = 0; i < claim.Evidence.Count; i++)
            {
                var evidence = claim.Evidence[i];
                if (evidence.Source.Id == source.Id && f.Data.Briefing.Anchors.SpanOf(evidence) is { } span)
                {
                    yield return new QuoteHighlight(
                        span,
                        SiteUrls.QuoteAnchor(claim.Id, i + 1),
                        f.Urls.LinkTo("claim", claim.Id) + "#" + SiteUrls.EvidenceAnchor(i + 1),
                        MarkdownRenderer.PlainText(claim.Statement),
                        Words.Stance(evidence.Stance).Key);
                }
            }
        }
    }

    private static string StanceHeading(Stance stance) => stance switch
    {
        Stance.Supports => "Claims this source supports",
        Stance.Contradicts => "Claims this source contradicts",
        _ => "Claims this source gives context for",
    };
}
