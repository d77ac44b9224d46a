using Briefing.Site.Articles;
using Briefing.Site.Data;
using Briefing.Site.Pages;
using Briefing.Site.Rendering;
using Briefing.Site.Search;
using Briefing.Site.Urls;

namespace Briefing.Build.Stages;

/// <summary>
/// What the in-browser search knows: each claim (with its grade), source, topic, event and entity, and
/// every passage of every article, which leads to its paragraph on the source page.
/// </summary>
internal static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(LinkedBriefing linked)
    {
        var d = linked.Data;
        IEnumerable<SearchDocument> docs =
        [
            .. d.Claims.Select(c => new SearchDocument("claim", MarkdownRenderer.PlainText(c.Statement), SiteUrls.PathOf("claim", c.Id),
                MarkdownRenderer.PlainText(c.Notes), [c.Id, .. c.Topics.Select(t => t.Id)])
            {
                GradeCode = ModelFactory.Grade(c.Credibility).Code,
                GradeLabel = Words.Credibility(c.Credibility),
            }),
            .. d.Sources.Select(s => new SearchDocument("source", s.Title, SiteUrls.PathOf("source", s.Id),
                $"Published {s.Published.Describe()}. {MarkdownRenderer.PlainText(s.Notes)}",
                [s.Id, .. new[] { s.Publisher, s.Author, s.ShortTitle }.OfType<string>()])),
            .. d.Topics.Select(t => new SearchDocument("topic", t.Title, SiteUrls.PathOf("topic", t.Id),
                t.Summary ?? MarkdownRenderer.PlainText(t.Body), [t.Id])),
            .. d.Events.Select(e => new SearchDocument("event", MarkdownRenderer.PlainText(e.Title), linked.Urls.PathTo("event", e.Id),
                $"{e.Date.Describe()}. {MarkdownRenderer.PlainText(e.Summary)}", [e.Id])),
            .. d.Entities.Select(e => new SearchDocument("entity", e.Name, SiteUrls.PathOf("entity", e.Id),
                MarkdownRenderer.PlainText(e.Description), [e.Id, .. e.Aliases])),
            .. d.Sources.SelectMany(s => Passages(d, s)),
        ];
        return [.. docs];
    }

    /// <summary>The article's passages, titled by the source's short name, each linking to its paragraph.</summary>
    private static IEnumerable<SearchDocument> Passages(SiteData d, Model.Source s)
    {
        if (!d.Briefing.Anchors.Articles.TryGetValue(s.Id, out var article))
        {
            return [];
        }

        var title = ModelFactory.ShortName(s);
        return ArticlePassages.Of(article).Select(p => new SearchDocument("passage", title,
            $"{SiteUrls.PathOf("source", s.Id)}#{ArticleHtml.ParagraphId(p.Line)}", p.Text, []));
    }
}
