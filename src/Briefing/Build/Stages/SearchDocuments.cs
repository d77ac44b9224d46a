using Briefing.Site.Rendering;
using Briefing.Site.Search;
using Briefing.Site.Urls;

namespace Briefing.Build.Stages;

/// <summary>What the in-browser search knows of each claim, source, topic, event and entity.</summary>
internal static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(LinkedBriefing linked)
    {
        var d = linked.Data;
        IEnumerable<SearchDocument> docs =
        [
            .. d.Claims.Select(c => new SearchDocument("claim", MarkdownRenderer.PlainText(c.Statement), SiteUrls.PathOf("claim", c.Id),
                MarkdownRenderer.PlainText(c.Notes), [c.Id, .. c.Topics.Select(t => t.Id)])),
            .. d.Sources.Select(s => new SearchDocument("source", s.Title, SiteUrls.PathOf("source", s.Id),
                $"Published {s.Published.Describe()}. {MarkdownRenderer.PlainText(s.Notes)}",
                [s.Id, .. new[] { s.Publisher, s.Author }.OfType<string>()])),
            .. d.Topics.Select(t => new SearchDocument("topic", t.Title, SiteUrls.PathOf("topic", t.Id),
                t.Summary ?? MarkdownRenderer.PlainText(t.Body), [t.Id])),
            .. d.Events.Select(e => new SearchDocument("event", MarkdownRenderer.PlainText(e.Title), linked.Urls.PathTo("event", e.Id),
                $"{e.Date.Describe()}. {MarkdownRenderer.PlainText(e.Summary)}", [e.Id])),
            .. d.Entities.Select(e => new SearchDocument("entity", e.Name, SiteUrls.PathOf("entity", e.Id),
                MarkdownRenderer.PlainText(e.Description), [e.Id, .. e.Aliases])),
        ];
        return [.. docs];
    }
}
