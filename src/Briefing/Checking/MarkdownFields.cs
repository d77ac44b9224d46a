using Briefing.Model;

namespace Briefing.Checking;

/// <summary>Every piece of Markdown an editor wrote, wherever it stands in the model.</summary>
internal static class MarkdownFields
{
    public static IEnumerable<MarkdownText> All(BriefingContent c)
    {
        IEnumerable<MarkdownText?> all =
        [
            c.Site.KeyJudgments,
            .. c.Sources.Select(s => s.Notes),
            .. c.Claims.SelectMany(cl => new[] { cl.Statement, cl.Notes }),
            .. c.Topics.Select(t => t.Body),
            .. c.Pages.Select(p => p.Body),
            .. c.Events.SelectMany(e => new[] { e.Title, e.Summary }),
            .. c.Entities.Select(e => e.Description),
            .. c.Measures.Select(m => m.Description),
        ];
        return all.OfType<MarkdownText>();
    }
}
